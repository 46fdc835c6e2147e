import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A province in a week, through Congvu's own pages only (HTTP, as a browser posts them): from an empty install, the
 * administrator uploads the units workbook (a city of 45 wards, 66 communes, 2 special zones and 14 departments) and
 * the staff workbook (5,000 people, each unit with its head and deputies), gives every head an account from the staff
 * list, and each head signs in with the first password and chooses their own. Then a PAR cycle with three tables
 * (wards; communes and special zones; departments) runs to publication: the officer creates, fills, staffs and opens
 * each table, every unit self-assesses in one post, each council member votes on a whole table in one ballot, every
 * unit accepts its appraisal, and the officer makes each table final and publishes it.
 *
 * Prints the uploads and posts of each actor and the time of each stage; targets (issue 25): at most 5 uploads from
 * an empty install to signed-in heads, at most 20 officer actions from open to published outside the units' own.
 *
 * java -cp CLASSPATH ProvinceBench.java BASE_URL ADMIN_PASSWORD
 */
public class ProvinceBench {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô" };
	static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh" };
	static final String[] GIVEN = { "An", "Bình", "Cường", "Dung", "Hà", "Hải", "Hương", "Lan", "Long", "Mai", "Nam",
		"Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến" };

	static int uploads;
	static int officerPosts;
	static int unitPosts;
	static int memberPosts;
	static int headSignIns;
	static int keysInstalled;

	/**
	 * What a province's IT centre does once per authority: a signing key in PKCS#12 where Congvu asks for it, with
	 * its password beside it (here self-signed; a province installs the one its certificate authority issued).
	 */
	static void installKey(String p12) throws Exception {
		java.nio.file.Path file = java.nio.file.Path.of(p12);
		java.nio.file.Files.createDirectories(file.getParent());
		String password = UUID.randomUUID().toString();
		String keytool = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-storetype", "PKCS12", "-keystore", p12, "-alias",
				"signing", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650", "-storepass", password, "-dname",
				"CN=Uy ban nhan dan (thu nghiem), O=Congvu bench, C=VN").inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("keytool failed");
		}
		java.nio.file.Files.writeString(java.nio.file.Path.of(p12.replaceAll("\\.p12$", ".password")), password);
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String adminPassword = args[1];
		int year = LocalDate.now().getYear() - 1;
		long started = System.nanoTime();

		Session admin = new Session(base);
		admin.signIn("admin", adminPassword);
		List<String[]> units = units();
		long t0 = System.nanoTime();
		String preview = admin.upload("/units/import", "import-form", "file", "don-vi.xlsx", unitsWorkbook(units));
		uploads++;
		officerPosts++;
		admin.submit(preview, "confirm-form", Map.of());
		officerPosts++;
		List<String[]> people = staff(units);
		String job = admin.upload("/staff/import", "import-form", "file", "can-bo.xlsx", staffWorkbook(people));
		uploads++;
		officerPosts++;
		admin.waitForImport(job);
		double onboarding = seconds(t0);
		long province = admin.unitId("31");
		long t1 = System.nanoTime();
		String sheet = admin.submitForPage("/staff/accounts?unit=" + province + "&headsOnly=true", "issue-form",
				Map.of());
		officerPosts++;
		Map<String, String> firstPasswords = new LinkedHashMap<>();
		Matcher account = Pattern.compile("class=\"mono\">([^<]+)</dd>.*?class=\"mono first-password\">([^<]+)</dd>",
				Pattern.DOTALL).matcher(sheet);
		while (account.find()) {
			firstPasswords.put(account.group(1).strip(), account.group(2).strip());
		}
		double accounts = seconds(t1);
		long t2 = System.nanoTime();
		Map<String, Session> heads = new LinkedHashMap<>();
		for (Map.Entry<String, String> head : firstPasswords.entrySet()) {
			Session session = new Session(base);
			String landing = session.signIn(head.getKey(), head.getValue());
			if (!landing.endsWith("/account/password?first")) {
				throw new IllegalStateException(head.getKey() + " landed on " + landing);
			}
			String own = "Cchc#" + UUID.randomUUID().toString().substring(0, 8) + "x9";
			session.submit("/account/password", "password-form",
					Map.of("current", head.getValue(), "next", own, "repeat", own));
			heads.put(head.getKey(), session);
			headSignIns++;
		}
		double signIns = seconds(t2);
		System.out.printf("onboarding: %d units, %d staff, %d head accounts; %d uploads and %d administrator posts "
				+ "from an empty install to signed-in heads (target: at most 5 uploads)%n", units.size(), people.size(),
				firstPasswords.size(), uploads, officerPosts);
		System.out.printf("  units and staff workbooks imported in %.1f s; %d accounts issued in %.1f s; %d heads signed"
				+ " in and chose their own passwords in %.1f s%n", onboarding, firstPasswords.size(), accounts,
				headSignIns, signIns);

		// the PAR cycle: three tables, from creation to publication
		int officerBefore = officerPosts;
		int uploadsBefore = uploads;
		long t3 = System.nanoTime();
		String deadline = LocalDate.now().plusDays(14).format(DAY);
		List<String> council = List.of("SN10101", "SN10201", "SN10301"); // heads of three departments
		List<Long> tables = new ArrayList<>();
		for (List<String> kinds : List.of(List.of("WARD"), List.of("COMMUNE", "SPECIAL_ZONE"), List.of("DEPARTMENT"))) {
			Map<String, String> fields = new LinkedHashMap<>(Map.of("year", "" + year, "name",
					"Chỉ số CCHC năm " + year + " – " + String.join(", ", kinds), "legalBasis", "Kế hoạch thử nghiệm",
					"surveyPoints", "30", "groups", "A:90; B:80; C:70; D:0", "caveat", "Số liệu thử nghiệm"));
			String created = admin.submitMulti("/reform-index", "methodology-form", fields, "unitTypes", kinds);
			officerPosts++;
			long id = Long.parseLong(created.replaceAll(".*/methodologies/(\\d+).*", "$1"));
			String page = "/reform-index/methodologies/" + id;
			admin.upload(page, "import-form", "file", "bo-chi-so.xlsx", methodologyWorkbook());
			uploads++;
			officerPosts++;
			admin.submit(page, "council-form", Map.of("staffCodes", String.join(", ", council)));
			officerPosts++;
			admin.submit(page, "open-form", Map.of("deadline", deadline));
			officerPosts++;
			tables.add(id);
		}
		double opened = seconds(t3);
		long t4 = System.nanoTime();
		SplittableRandom random = new SplittableRandom(31);
		Map<String, Long> assessmentOf = new LinkedHashMap<>();
		for (Map.Entry<String, Session> head : heads.entrySet()) {
			Matcher link = Pattern.compile("/reform-index/assessments/(\\d+)").matcher(head.getValue().get("/"));
			if (!link.find()) {
				continue; // the province's own head: no table ranks the province
			}
			long id = Long.parseLong(link.group(1));
			assessmentOf.put(head.getKey(), id);
			String page = head.getValue().get("/reform-index/assessments/" + id);
			Map<String, String> points = new LinkedHashMap<>();
			Matcher line = Pattern.compile("name=\"points\\[(\\d+)]\"").matcher(page);
			while (line.find()) {
				points.put("points[" + line.group(1) + "]", "" + (10 + random.nextInt(11)));
			}
			points.put("submit", "1");
			head.getValue().submitMultipart("/reform-index/assessments/" + id, "self-form", points);
			unitPosts++;
		}
		double selfAssessed = seconds(t4);
		long t5 = System.nanoTime();
		for (String member : council) {
			Session session = heads.get(member.toLowerCase());
			for (long table : tables) {
				String ballot = session.get("/reform-index/methodologies/" + table + "/ballot");
				Map<String, String> choices = new LinkedHashMap<>();
				Matcher choice = Pattern.compile("name=\"(choice\\[\\d+])\" value=\"approve\"").matcher(ballot);
				while (choice.find()) {
					choices.put(choice.group(1), "approve");
				}
				if (!choices.isEmpty()) {
					session.submit("/reform-index/methodologies/" + table + "/ballot", "ballot-form", choices);
					memberPosts++;
				}
			}
		}
		for (Map.Entry<String, Long> unit : assessmentOf.entrySet()) {
			heads.get(unit.getKey()).submit("/reform-index/assessments/" + unit.getValue(), "response-form",
					Map.of("response", "Đơn vị thống nhất với kết quả thẩm định của hội đồng."));
			unitPosts++;
		}
		double appraised = seconds(t5);
		long t6 = System.nanoTime();
		for (long table : tables) {
			admin.submit("/reform-index/methodologies/" + table, "finalize-all-form", Map.of());
			officerPosts++;
			String published = admin.post(Session.form(admin.get("/reform-index/methodologies/" + table), "publish-form"),
					Map.of());
			officerPosts++;
			Matcher keyFile = Pattern.compile("cần tệp (\\S+\\.p12)").matcher(published.contains("/public/") ? ""
					: admin.get(published));
			if (keyFile.find()) { // the province's first signed document: its IT centre installs the key named
				installKey(keyFile.group(1));
				keysInstalled++;
				published = admin.post(Session.form(admin.get("/reform-index/methodologies/" + table), "publish-form"),
						Map.of());
				officerPosts++;
			}
			if (!published.contains("/public/reform-index/")) {
				Matcher why = Pattern.compile("id=\"cycle-error\"[^>]*>(.*?)</div>", Pattern.DOTALL)
					.matcher(admin.get(published));
				throw new IllegalStateException("table " + table + " not published: "
						+ (why.find() ? why.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ") : published));
			}
		}
		double publishedIn = seconds(t6);
		System.out.printf("PAR cycle, 3 tables, %d units: %d officer actions from creating the tables to publishing them"
				+ " (%d of them uploads; target: at most 20), %d posts by the units themselves, %d ballots by the council%n",
				assessmentOf.size(), officerPosts - officerBefore, uploads - uploadsBefore, unitPosts, memberPosts);
		System.out.printf("  signing keys installed by the IT centre when the first publication asked for them: %d%n",
				keysInstalled);
		System.out.printf("  tables created and opened in %.1f s; self-assessed in %.1f s; balloted and accepted in %.1f s;"
				+ " made final and published in %.1f s%n", opened, selfAssessed, appraised, publishedIn);
		System.out.printf("total: %d uploads, %d administrator/officer posts, %.1f s%n", uploads, officerPosts,
				seconds(started));
	}

	static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** code, name, kind label, parent code, agency code. */
	static List<String[]> units() {
		List<String[]> units = new ArrayList<>();
		units.add(new String[] { "31", "Thành phố Cảng Biển (thử)", "Tỉnh, thành phố", "", "000.00.00.H31" });
		for (int i = 1; i <= 45; i++) {
			units.add(new String[] { String.format("31%03d", i), "Phường Số " + i, "Phường", "31", "" });
		}
		for (int i = 1; i <= 66; i++) {
			units.add(new String[] { String.format("31%03d", 100 + i), "Xã Số " + i, "Xã", "31", "" });
		}
		units.add(new String[] { "31201", "Đặc khu Đảo Xa", "Đặc khu", "31", "" });
		units.add(new String[] { "31202", "Đặc khu Đảo Gần", "Đặc khu", "31", "" });
		for (int i = 1; i <= 14; i++) {
			units.add(new String[] { String.format("31%03d", 300 + i), "Sở số " + i, "Sở, ban, ngành", "31",
				String.format("000.00.%02d.H31", i) });
		}
		return units;
	}

	/** 5,000 people: each unit a head and two deputies, the rest civil servants; the province has its office. */
	static List<String[]> staff(List<String[]> units) {
		List<String[]> people = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(2025);
		int perUnit = 5_000 / units.size();
		for (int u = 0; u < units.size(); u++) {
			String unit = units.get(u)[0];
			int count = u == units.size() - 1 ? 5_000 - people.size() : perUnit;
			for (int p = 0; p < count; p++) {
				String code = unit.startsWith("313") && p == 0 ? "SN1" + unit.substring(3) + "01"
						: String.format("SN%s%03d", unit, p);
				String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
						+ GIVEN[random.nextInt(GIVEN.length)];
				String leadership = p == 0 ? "Trưởng" : p <= 2 ? "Phó" : "";
				String position = p == 0 ? "Thủ trưởng" : p <= 2 ? "Cấp phó" : "Công chức";
				people.add(new String[] { code, name, "01/01/1985", random.nextBoolean() ? "Nam" : "Nữ", "Công chức", unit,
					position, leadership, "01/07/2025", "" });
			}
		}
		return people;
	}

	static byte[] unitsWorkbook(List<String[]> units) throws Exception {
		List<String> headers = List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên",
				"Mã định danh điện tử", "Ngày bắt đầu hoạt động");
		List<String[]> rows = new ArrayList<>();
		units.forEach(u -> rows.add(new String[] { u[0], u[1], u[2], u[3], u[4], "01/07/2025" }));
		return workbook("Đơn vị", headers, rows);
	}

	static byte[] staffWorkbook(List<String[]> people) throws Exception {
		List<String> headers = List.of("Mã cán bộ", "Họ và tên", "Ngày sinh (dd/MM/yyyy)", "Giới tính", "Phân loại",
				"Mã đơn vị", "Chức vụ", "Lãnh đạo (Trưởng/Phó)", "Từ ngày (dd/MM/yyyy)", "Email");
		return workbook("Cán bộ", headers, people);
	}

	static byte[] methodologyWorkbook() throws Exception {
		List<String> headers = List.of("Mã", "Mã mục cha", "Tên nội dung, tiêu chí, tiêu chí thành phần", "Điểm tối đa",
				"Cách chấm", "Nguồn dữ liệu (nếu tính từ dữ liệu)", "Cần minh chứng (Có/Không)",
				"Hướng dẫn chấm, tài liệu kiểm chứng", "Trọng số thấp nhất (%)", "Trọng số cao nhất (%)");
		List<String[]> rows = List.of(
				new String[] { "1", "", "Chỉ đạo, điều hành", "40", "", "", "", "", "80", "120" },
				new String[] { "1.1", "1", "Kế hoạch cải cách hành chính", "20", "Chấm điểm", "", "Không", "", "", "" },
				new String[] { "1.2", "1", "Báo cáo cải cách hành chính", "20", "Chấm điểm", "", "Không", "", "", "" },
				new String[] { "2", "", "Thủ tục hành chính", "30", "", "", "", "", "", "" },
				new String[] { "2.1", "2", "Công khai thủ tục hành chính", "30", "Chấm điểm", "", "Không", "", "", "" });
		return workbook("Bộ chỉ số", headers, rows);
	}

	static byte[] workbook(String name, List<String> headers, List<String[]> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(name);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).length; c++) {
					row.createCell(c).setCellValue(rows.get(r)[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** One browser: its cookies, the forms of the pages it reads (with their CSRF and one-time tokens). */
	static final class Session {

		final String base;
		final HttpClient http;

		Session(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return http.send(request.timeout(Duration.ofMinutes(5)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		String get(String path) throws Exception {
			HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
			}
			return answer.body();
		}

		/** Signs in through the login form; returns where it leads. */
		String signIn(String username, String password) throws Exception {
			return post(form(get("/login"), null), Map.of("username", username, "password", password));
		}

		/** The action and hidden fields of the form with this id on a page (or the first form when id is null). */
		static Map<String, String> form(String page, String id) {
			Matcher found = Pattern.compile("<form[^>]*" + (id == null ? "" : "id=\"" + id + "\"") + "[^>]*>(.*?)</form>",
					Pattern.DOTALL).matcher(page);
			if (!found.find()) {
				throw new IllegalStateException("no form " + id);
			}
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(found.group());
			fields.put("@action", action.find() ? action.group(1).replace("&amp;", "&") : "");
			Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(found.group(1));
			while (hidden.find()) {
				Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
				Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
				if (name.find()) {
					fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
				}
			}
			return fields;
		}

		String post(Map<String, String> form, Map<String, String> values) throws Exception {
			return answer(postForm(form, values, List.of()));
		}

		HttpResponse<String> postForm(Map<String, String> form, Map<String, String> values, List<String[]> repeated)
				throws Exception {
			StringBuilder body = new StringBuilder();
			Map<String, String> all = new LinkedHashMap<>(form);
			all.remove("@action");
			all.putAll(values);
			all.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
			repeated.forEach(kv -> body.append('&').append(enc(kv[0])).append('=').append(enc(kv[1])));
			return send(HttpRequest.newBuilder(URI.create(base + form.get("@action")))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Referer", base + "/")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		}

		static String enc(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8);
		}

		String answer(HttpResponse<String> answer) {
			if (answer.statusCode() != 302 && answer.statusCode() != 303) {
				throw new IllegalStateException(answer.request().uri() + " answered " + answer.statusCode());
			}
			String location = answer.headers().firstValue("Location").orElse("");
			return location.startsWith(base) ? location.substring(base.length()) : location;
		}

		/** Posts a page's form and checks that the page it leads back to names no problem. */
		String submit(String page, String formId, Map<String, String> values) throws Exception {
			String next = post(form(get(page), formId), values);
			String landing = get(next);
			if (landing.contains("class=\"alert error\"")) {
				Matcher message = Pattern.compile("class=\"alert error\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(landing);
				throw new IllegalStateException(formId + " refused: " + (message.find() ? message.group(1) : next));
			}
			return next;
		}

		String submitForRedirect(String page, String formId, Map<String, String> values) throws Exception {
			return post(form(get(page), formId), values);
		}

		/** Posts a form whose answer is a page (the sheet of first passwords). */
		String submitForPage(String page, String formId, Map<String, String> values) throws Exception {
			HttpResponse<String> answer = postForm(form(get(page), formId), values, List.of());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(formId + " answered " + answer.statusCode());
			}
			return answer.body();
		}

		String submitMulti(String page, String formId, Map<String, String> values, String name, List<String> repeated)
				throws Exception {
			List<String[]> pairs = repeated.stream().map(v -> new String[] { name, v }).toList();
			return answer(postForm(form(get(page), formId), values, pairs));
		}

		String upload(String page, String formId, String field, String fileName, byte[] content) throws Exception {
			return multipart(form(get(page), formId), Map.of(), field, fileName, content);
		}

		void submitMultipart(String page, String formId, Map<String, String> values) throws Exception {
			String next = multipart(form(get(page), formId), values, null, null, null);
			if (get(next).contains("class=\"alert error\"")) {
				throw new IllegalStateException(formId + " refused on " + page);
			}
		}

		String multipart(Map<String, String> form, Map<String, String> values, String field, String fileName,
				byte[] content) throws Exception {
			String boundary = "----congvu" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			Map<String, String> all = new LinkedHashMap<>(form);
			all.remove("@action");
			all.putAll(values);
			for (Map.Entry<String, String> part : all.entrySet()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
						+ "\"\r\n\r\n" + part.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			if (field != null) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
						+ fileName + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
						+ "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				body.writeBytes(content);
				body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return answer(send(HttpRequest.newBuilder(URI.create(base + form.get("@action")))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Referer", base + "/")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
		}

		/** Follows a staff import job until it ends; fails when it lists problems. */
		void waitForImport(String jobPage) throws Exception {
			while (true) {
				String progress = get(jobPage);
				if (progress.contains("id=\"import-done\"")) {
					return;
				}
				if (progress.contains("id=\"import-problems\"") || progress.contains("alert error")) {
					throw new IllegalStateException("the staff import failed: " + jobPage);
				}
				Thread.sleep(200);
			}
		}

		/** A unit's id by its code, from the units' API. */
		long unitId(String code) throws Exception {
			Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(get("/api/v1/org-units?code=" + code));
			if (!id.find()) {
				throw new IllegalStateException("no unit " + code);
			}
			return Long.parseLong(id.group(1));
		}
	}
}
