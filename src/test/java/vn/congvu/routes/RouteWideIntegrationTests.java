package vn.congvu.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import vn.congvu.platform.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.conduct.discipline.DisciplinaryCases;
import vn.congvu.conduct.inspections.InspectionTeams;
import vn.congvu.conduct.inspections.Inspections;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;

/**
 * Route-wide checks generated from the application's own handler mappings: an authorization matrix (every route ×
 * every role × a record inside and outside the scope) and a hostile-input corpus (every parameter of every route ×
 * hostile values). They run after every other test class but the form walk, since they post to every route.
 */
@Order(Integer.MAX_VALUE - 1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteWideIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	static final List<String> HOSTILE = List.of("\u0000", "a\u0007b\u001b[2J", "\uD800", "x".repeat(100_000), "-1",
			"99999999999999999999", "1e309", "abc", "31/02/2026", "01/01/99999", "00/00/0000", "2026-13-45",
			"../../../../etc/passwd", "=HYPERLINK(\"http://attacker.example\",\"bấm vào\")",
			"<script>alert(1)</script>", "' or 1=1 --", "NaN", "");

	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;
	@Autowired Violations violations;
	@Autowired DisciplinaryCases cases;
	@Autowired Inspections inspections;
	@Autowired InspectionTeams teams;
	@Autowired HarassmentReports reports;

	private Routes routes;
	private RouteFixtures fixtures;
	/** A record of the demo for each kind of id that has no in/out pair (sessions, quizzes, assessments, polls…). */
	private Map<String, String> samples;
	private final Map<String, Probe> accounts = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	@BeforeAll
	void setUp() {
		routes = Routes.of(mapping);
		vn.congvu.PagesToCheck.all(mapping, jdbc, true, reports, LocalDate.now(clock)); // files a report if none
		samples = vn.congvu.PagesToCheck.samples(jdbc);
		long cuaNam = units.byCode("00082", REFORM).id();
		long hoanKiem = units.byCode("00070", REFORM).id();
		LocalDate today = LocalDate.now(clock);
		long cuaNamStaff = staff.page(scoped(cuaNam), StaffFilter.asOf(today), 0, 1).rows().get(0).id();
		long hoanKiemStaff = staff.page(scoped(hoanKiem), StaffFilter.asOf(today), 0, 1).rows().get(0).id();
		String officer = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		signInAs(officer, Role.HOME_AFFAIRS_OFFICER, null);
		fixtures = RouteFixtures.create(jdbc, cuaNam, hoanKiem, cuaNamStaff, hoanKiemStaff, viewer(), violations,
				cases, inspections, teams, reports, today);
		fixtures = evaluationFixtures(today);
		fixtures = portalFixtures(cuaNam, hoanKiem);
		signOut();
		accounts.put("anonymous", new Probe(baseUrl()));
		accounts.put("administrator", signedIn(testAccounts.create(Role.ADMINISTRATOR, null)));
		accounts.put("leader", signedIn(testAccounts.create(Role.LEADER, null)));
		accounts.put("officer", signedIn(officer));
		accounts.put("inspector", signedIn(testAccounts.create(Role.INSPECTOR, null)));
		accounts.put("head", signedIn(testAccounts.create(Role.UNIT_HEAD, cuaNam)));
		accounts.put("staff", signedIn(testAccounts.createFor(cuaNamStaff, Role.STAFF, cuaNam)));
		accounts.put("editor", signedIn(testAccounts.create(Role.EDITOR, cuaNam)));
	}

	@Autowired vn.congvu.portal.News news;
	@Autowired vn.congvu.portal.Sites sites;

	/** A draft article on each ward's site (with the markers), and the two wards' sites. */
	private RouteFixtures portalFixtures(long cuaNam, long hoanKiem) {
		long[] unit = { cuaNam, hoanKiem };
		String[] marker = { RouteFixtures.IN_SCOPE_MARKER, RouteFixtures.OUT_OF_SCOPE_MARKER };
		long[] article = new long[2];
		for (int i = 0; i < 2; i++) {
			article[i] = news.write(viewer(), new vn.congvu.portal.News.Draft(unit[i],
					sites.categories(unit[i]).get(0).id(), "Tin thử " + marker[i], "", "Nội dung " + marker[i], null,
					null, List.of()));
		}
		return fixtures.with("news", article[0], article[1]).with("sites", cuaNam, hoanKiem);
	}

	@Autowired vn.congvu.evaluation.Tasks tasks;
	@Autowired vn.congvu.evaluation.MonthlyClose monthlyClose;

	/** A task in each ward (with the markers) and a scorecard in each: Cửa Nam's from the demo, Hoàn Kiếm's closed here. */
	private RouteFixtures evaluationFixtures(LocalDate today) {
		long[] task = new long[2];
		long[] unit = { fixtures.cuaNam(), fixtures.hoanKiem() };
		long[] person = { fixtures.cuaNamStaff(), fixtures.hoanKiemStaff() };
		String[] marker = { RouteFixtures.IN_SCOPE_MARKER, RouteFixtures.OUT_OF_SCOPE_MARKER };
		for (int i = 0; i < 2; i++) {
			String code = jdbc.sql("select staff_code from staff.published_member where id = :id").param("id", person[i])
				.query(String.class).single();
			task[i] = tasks.assign(viewer(), new vn.congvu.evaluation.NewTask(unit[i], code, List.of(),
					"Nhiệm vụ thử " + marker[i], "Báo cáo " + marker[i], null,
					vn.congvu.evaluation.TaskOrigin.DIRECTIVE, null, today.plusDays(5)));
		}
		java.time.YearMonth month = java.time.YearMonth.now(clock).minusMonths(1);
		monthlyClose.close(Viewer.system(), fixtures.hoanKiem(), month, null);
		long[] card = new long[2];
		for (int i = 0; i < 2; i++) {
			card[i] = jdbc.sql("select id from evaluation.scorecard where staff_id = :s and month = :m and current")
				.param("s", person[i]).param("m", month.atDay(1)).query(Long.class).single();
		}
		return fixtures.with("tasks", task[0], task[1]).with("scorecards", card[0], card[1]);
	}

	private Probe signedIn(String username) {
		return new Probe(baseUrl()).signIn(username, TestAccounts.PASSWORD);
	}

	private static boolean wardScoped(String account) {
		return account.equals("head") || account.equals("staff") || account.equals("editor");
	}

	@Test
	void everyRouteTimesEveryRoleTimesInsideAndOutsideTheScope() {
		problems.clear();
		int cells = 0;
		int officerSawInScope = 0;
		int officerSawOutOfScope = 0;
		for (Routes.Route route : routes.all()) {
			boolean scopedRoute = route.variables().stream()
				.anyMatch(v -> RouteFixtures.SCOPED.contains(RouteFixtures.kindOf(route.pattern(), v)));
			for (Map.Entry<String, Probe> account : accounts.entrySet()) {
				for (int side = 0; side < (scopedRoute ? 2 : 1); side++) {
					cells++;
					long auditBefore = lastAudit();
					Probe.Answer answer = send(account.getValue(), route, side, null, null);
					String cell = route + " as " + account.getKey() + (side == 1 ? " (record outside)" : "");
					common(cell, route, answer, auditBefore, account.getValue());
					if (wardScoped(account.getKey()) && answer.text().contains(RouteFixtures.OUT_OF_SCOPE_MARKER)) {
						problems.add(cell + ": shows a record from outside the scope");
					}
					if (wardScoped(account.getKey()) && side == 1 && !route.isPublic()) {
						if (route.method().equals("GET") && answer.status() != 404 && answer.status() != 403) {
							problems.add(cell + ": answered " + answer.status() + " instead of 404/403");
						}
						if (lastAudit() != auditBefore) {
							problems.add(cell + ": wrote to the audit log");
						}
					}
					if (account.getKey().equals("anonymous") && !route.isPublic()
							&& !(answer.status() == 302 && String.valueOf(answer.location()).contains("/login"))
							&& answer.status() != 403) {
						problems.add(cell + ": answered " + answer.status() + " to nobody signed in");
					}
					if (account.getKey().equals("officer") && route.method().equals("GET")) {
						officerSawInScope += answer.text().contains(RouteFixtures.IN_SCOPE_MARKER) ? 1 : 0;
						officerSawOutOfScope += answer.text().contains(RouteFixtures.OUT_OF_SCOPE_MARKER) ? 1 : 0;
					}
				}
			}
		}
		System.out.printf("Authorization matrix: %d routes, %d accounts, %d cells%n", routes.all().size(),
				accounts.size(), cells);
		assertThat(problems).isEmpty();
		// the probe reaches real data: a city-wide officer sees both wards' records on some pages
		assertThat(officerSawInScope).isPositive();
		assertThat(officerSawOutOfScope).isPositive();
	}

	/**
	 * Who may read a record inside their own scope, by kind of record: the permission (platform.Permission) that
	 * lets a role read others' records of that kind, and whether the person the record concerns reads it too. The
	 * in-scope fixtures concern the Cửa Nam staff member that the {@code staff} account is linked to.
	 */
	static final Map<String, ReadRule> READERS = Map.of(
			"scorecards", new ReadRule(List.of(vn.congvu.platform.Permission.READ_UNIT_SCORECARDS), true, List.of()),
			// the unit's head reads them too: they write the explanation for the people of the unit
			"violations", new ReadRule(List.of(vn.congvu.platform.Permission.HANDLE_VIOLATIONS,
					vn.congvu.platform.Permission.EXPLAIN_FOR_UNIT), true, List.of()),
			// a disciplinary case is read by its handlers (the officer who opened it) and the person, nobody else
			"cases", new ReadRule(List.of(), true, List.of("officer")),
			// identities blanked for all but the investigator: the reports' own test holds that
			"reports", new ReadRule(List.of(vn.congvu.platform.Permission.HANDLE_REPORTS), false, List.of()),
			"news", new ReadRule(List.of(vn.congvu.platform.Permission.WRITE_NEWS), false, List.of()));

	/**
	 * Reading a kind of record: the permissions that read others' records; {@code person}: the person concerned
	 * reads it; {@code handlers}: the accounts that handle this very record.
	 */
	record ReadRule(List<vn.congvu.platform.Permission> permissions, boolean person, List<String> handlers) {

		boolean allows(String account, Role role) {
			return permissions.stream().anyMatch(p -> p.allows(role)) || person && account.equals("staff")
					|| handlers.contains(account);
		}
	}

	private static final Map<String, Role> ROLES = Map.of("administrator", Role.ADMINISTRATOR, "leader", Role.LEADER,
			"officer", Role.HOME_AFFAIRS_OFFICER, "inspector", Role.INSPECTOR, "head", Role.UNIT_HEAD, "staff",
			Role.STAFF, "editor", Role.EDITOR);

	/**
	 * Inside the scope, every role × every page that shows one record of a kind in {@link #READERS}: a role the
	 * permission table allows (or the person concerned) reads the record and its marker; any other gets 403 or 404
	 * and never the marker, in the page or in a file.
	 */
	@Test
	void everyRoleReadsInsideItsScopeOnlyWhatThePermissionTableAllows() {
		problems.clear();
		int cells = 0;
		for (Routes.Route route : routes.all()) {
			if (!route.method().equals("GET") || route.isPublic() || route.isApi()) {
				continue;
			}
			String kind = route.variables().stream().map(v -> RouteFixtures.kindOf(route.pattern(), v))
				.filter(READERS::containsKey).findFirst().orElse(null);
			if (kind == null) {
				continue;
			}
			ReadRule rule = READERS.get(kind);
			for (Map.Entry<String, Role> account : ROLES.entrySet()) {
				cells++;
				boolean allowed = rule.allows(account.getKey(), account.getValue());
				// the record's own page must open for those allowed; a part of it (a file, a decision not yet
				// taken, an attachment) may not exist, but never opens for anyone else
				boolean recordPage = route.variables().size() == 1 && route.pattern().endsWith("}");
				Probe.Answer answer = send(accounts.get(account.getKey()), route, 0, null, null);
				String cell = route + " as " + account.getKey() + " (" + kind + " in scope)";
				boolean marker = answer.text().contains(RouteFixtures.IN_SCOPE_MARKER);
				if (!allowed && (answer.status() < 400 || marker)) {
					problems.add(cell + ": answered " + answer.status() + (marker ? " with the record" : "")
							+ " to a role the permission table refuses");
				}
				if (allowed && recordPage && answer.status() >= 400) {
					problems.add(cell + ": answered " + answer.status() + " to a role the permission table allows");
				}
			}
		}
		System.out.printf("Role-within-scope matrix: %d cells%n", cells);
		assertThat(problems).isEmpty();
	}

	@Test
	void hostileValuesInEveryParameterNeverBreakTheServerNorWriteAnything() {
		problems.clear();
		int inputs = 0;
		for (Routes.Route route : routes.all()) {
			Probe probe = accounts.get(route.isPublic() ? "anonymous" : "officer");
			List<String> names = new ArrayList<>(route.params().keySet());
			names.addAll(route.variables());
			for (String name : names) {
				for (String value : HOSTILE) {
					inputs++;
					long auditBefore = lastAudit();
					Probe.Answer answer = send(probe, route, 0, name, value);
					String cell = route + " with " + name + "=" + shorten(value);
					// A request line over the server's 8 KB limit is refused before any path is read, so the
					// server cannot tell an API call from a page: it answers 400 with a short page (ContainerErrors).
					// That happens to a long query (GET) and to a long path variable (any method).
					boolean beforeRouting = value.length() > 8_000
							&& (route.method().equals("GET") || route.variables().contains(name));
					common(cell, beforeRouting ? page(route) : route, answer, auditBefore, probe);
				}
			}
			if (route.method().equals("POST")) { // an encoding no browser sends, and a body no JSON reader takes
				inputs += 2;
				long auditBefore = lastAudit();
				common(route + " with invalid UTF-8", route, send(probe, route, 0, null, "%FF%FE%00"), auditBefore,
						probe);
				if (route.body()) {
					auditBefore = lastAudit();
					common(route + " with a broken JSON body", route, probe.json(path(route, 0, null, null),
							"{\"unitId\": \"\u0000\", \"answers\": [1e999]"), auditBefore, probe);
				}
			}
		}
		System.out.printf("Hostile-input corpus: %d routes, %d inputs%n", routes.all().size(), inputs);
		assertThat(problems).isEmpty();
	}

	/**
	 * Routes that read the whole posted form as a map (PAR scores, quizzes, campaign reviews, rule sets…) declare no
	 * field names, and uploads take files: the first get every field name any page of the application posts, all at
	 * once with each hostile value; the second get each hostile file under each of their file fields.
	 */
	@Test
	void wholeFormsAndUploadsTakeHostileValuesAndFilesWithoutBreaking() throws java.io.IOException {
		problems.clear();
		List<String> fieldNames = fieldNamesOfEveryForm();
		Map<String, byte[]> hostileFiles = new LinkedHashMap<>();
		hostileFiles.put("anh.jpg", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }); // a program, named a photo
		hostileFiles.put("anh-co-zip.png", vn.congvu.SampleFiles.pngWithZip());
		hostileFiles.put("co-script.pdf", vn.congvu.SampleFiles.pdfWithScript());
		hostileFiles.put("rong.pdf", new byte[0]);
		hostileFiles.put("../../../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8));
		hostileFiles.put("=HYPERLINK(\"x\").xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 });
		int inputs = 0;
		for (Routes.Route route : routes.all()) {
			if (!route.method().equals("POST") || !(route.wholeForm() || route.multipart())) {
				continue;
			}
			Probe probe = accounts.get(route.isPublic() ? "anonymous" : "officer");
			String path = path(route, 0, null, null);
			if (route.wholeForm()) {
				for (String value : HOSTILE) {
					if (value.length() > 10_000) {
						continue; // the same value in every field would pass the request size limit: covered above
					}
					Map<String, String> form = new LinkedHashMap<>();
					route.params().forEach((name, type) -> form.put(name, plausible(name, type, 0)));
					fieldNames.forEach(name -> form.put(name, value));
					inputs++;
					long auditBefore = lastAudit();
					common(route + " with every field=" + shorten(value), route,
							route.multipart() ? probe.multipart(path, form, Map.of()) : probe.send("POST", path, form, null),
							auditBefore, probe);
				}
			}
			if (route.multipart()) {
				for (Map.Entry<String, byte[]> file : hostileFiles.entrySet()) {
					Map<String, String> form = new LinkedHashMap<>();
					route.params().forEach((name, type) -> form.put(name, plausible(name, type, 0)));
					Map<String, Object[]> files = new LinkedHashMap<>();
					for (String field : route.files()) {
						files.put(field, new Object[] { file.getKey(), file.getValue() });
					}
					inputs++;
					long auditBefore = lastAudit();
					Probe.Answer answer = probe.multipart(path, form, files);
					common(route + " with the file " + file.getKey(), route, answer, auditBefore, probe);
				}
			}
		}
		System.out.printf("Whole forms and uploads: %d field names, %d inputs%n", fieldNames.size(), inputs);
		assertThat(inputs).isPositive();
		assertThat(problems).isEmpty();
	}

	/** The names of the fields the application's pages post (static names in the templates). */
	private static List<String> fieldNamesOfEveryForm() throws java.io.IOException {
		java.util.regex.Pattern name = java.util.regex.Pattern.compile("\\sname=\"([A-Za-z][\\w.-]*)\"");
		java.util.Set<String> names = new java.util.TreeSet<>();
		try (var templates = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			for (java.nio.file.Path file : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
				java.util.regex.Matcher m = name.matcher(java.nio.file.Files.readString(file));
				while (m.find()) {
					names.add(m.group(1));
				}
			}
		}
		names.removeAll(List.of("_csrf", "username", "password"));
		return List.copyOf(names);
	}

	/** What holds for every answer: no 5xx, problem+json from the API, no formula cells, nothing written on refusal. */
	private void common(String cell, Routes.Route route, Probe.Answer answer, long auditBefore, Probe probe) {
		if (answer.status() >= 500) {
			problems.add(cell + ": " + answer.status());
		}
		if (route.isApi() && answer.status() >= 400 && !answer.contentType().contains("application/problem+json")) {
			problems.add(cell + ": " + answer.status() + " without problem+json");
		}
		if (answer.formulaCells() > 0) {
			problems.add(cell + ": an export holds formula cells");
		}
		boolean refused = answer.status() >= 400 || answer.status() == 0;
		if (!refused && answer.status() == 302 && route.method().equals("POST") && answer.location() != null
				&& !answer.location().contains("/login")) {
			String page = answer.location().replaceFirst("^https?://[^/]+", "");
			refused = probe.send("GET", page, Map.of(), null).text().contains("class=\"alert error\"");
		}
		if (refused && lastAudit() != auditBefore) {
			problems.add(cell + ": refused (" + answer.status() + ") but wrote to the audit log");
		}
	}

	/** The same route seen as a page (for answers given before the server knows the path). */
	private static Routes.Route page(Routes.Route route) {
		return new Routes.Route(route.method(), "/page-level" + route.pattern(), route.params(), route.body(),
				route.multipart(), route.files(), route.wholeForm());
	}

	private Probe.Answer send(Probe probe, Routes.Route route, int side, @Nullable String hostileName,
			@Nullable String hostileValue) {
		Map<String, String> params = new LinkedHashMap<>();
		route.params().forEach((name, type) -> params.put(name, plausible(name, type, side)));
		String path = path(route, side, hostileName, hostileValue);
		if (hostileName != null && route.params().containsKey(hostileName)) {
			params.put(hostileName, hostileValue);
		}
		if (hostileName == null && hostileValue != null) {
			return probe.send(route.method(), path, params, hostileValue); // a raw, undecodable query or body
		}
		if (route.body()) {
			return probe.json(path, "{}");
		}
		return probe.send(route.method(), path, params, null);
	}

	private String path(Routes.Route route, int side, @Nullable String hostileName, @Nullable String hostileValue) {
		String path = route.pattern();
		for (String variable : route.variables()) {
			String value = variable.equals(hostileName) ? URLEncoder.encode(String.valueOf(hostileValue),
					StandardCharsets.UTF_8) : variableValue(route.pattern(), variable, side);
			path = path.replace("{" + variable + "}", value);
		}
		return path;
	}

	private String variableValue(String pattern, String variable, int side) {
		String kind = RouteFixtures.kindOf(pattern, variable);
		if (variable.equals("action")) {
			return "explain";
		}
		if (variable.equals("job")) {
			return UUID.randomUUID().toString();
		}
		if (kind.equals("members")) {
			return String.valueOf(side == 0 ? fixtures.cuaNamStaff() : fixtures.hoanKiemStaff());
		}
		if (kind.equals("teams")) {
			return String.valueOf(fixtures.teamId());
		}
		if (kind.equals("codes")) {
			return String.valueOf(jdbc.sql("select min(id) from conduct.code_of_conduct").query(Long.class).single());
		}
		String[] pair = fixtures.values().get(kind.equals("violations") || variable.equals("violationId")
				? "violations" : kind);
		if (pair != null) {
			return pair[side];
		}
		return samples.getOrDefault(kind, RouteFixtures.NOTHING); // a real record, not only a missing one
	}

	/** A value that passes the form's binding, so the request reaches the module's own checks. */
	private String plausible(String name, Class<?> type, int side) {
		long unit = side == 0 ? fixtures.cuaNam() : fixtures.hoanKiem();
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class
				|| List.class.isAssignableFrom(type)) {
			String lower = name.toLowerCase(java.util.Locale.ROOT);
			return lower.contains("unit") ? String.valueOf(unit) : lower.contains("team") ? String.valueOf(fixtures.teamId())
					: lower.contains("staff") || lower.contains("owner") ? String.valueOf(fixtures.cuaNamStaff())
					: lower.equals("page") ? "0" : "12";
		}
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.contains("on") && !lower.contains("reason") || lower.equals("from") || lower.equals("until")
				|| lower.equals("to") || lower.equals("asof") || lower.contains("date") || lower.equals("text")) {
			return VietnameseDates.format(LocalDate.now(clock).plusDays(3));
		}
		return "Nội dung thử nghiệm đủ dài cho mọi kiểm tra";
	}

	private long lastAudit() {
		return jdbc.sql("select coalesce(max(id), 0) from platform.audit_entry").query(Long.class).single();
	}

	private static String shorten(String value) {
		String shown = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
		return shown.chars().mapToObj(c -> c < 32 ? String.format("\\u%04x", c) : String.valueOf((char) c))
			.reduce("", String::concat);
	}
}
