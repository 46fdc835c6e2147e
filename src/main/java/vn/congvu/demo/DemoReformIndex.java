package vn.congvu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.Assessments;
import vn.congvu.reformindex.Item;
import vn.congvu.reformindex.Methodologies;
import vn.congvu.reformindex.MethodologyTree;
import vn.congvu.reformindex.IndexPublications;
import vn.congvu.reformindex.OneStopStatistics;
import vn.congvu.reformindex.SurveyScores;
import vn.congvu.staff.StaffQueries;

/**
 * The PAR Index. The 2017 and 2018 indices of the former district's 18 wards, run through the whole cycle and
 * published (the seed's conference published the 2018 ranking; the wards' scores were not published, so the points
 * here are invented and say so). And this system's 2025 index of the four new wards, under way: Hoàn Kiếm still self-assessing
 * (the demo head can fill it in), Cửa Nam appraised and waiting for the council (the demo leader is a member), Ba Đình
 * and Hồng Hà final.
 */
@Component
class DemoReformIndex {

	private static final String DEMO_NOTE = "Dữ liệu mẫu: điểm của từng phường là số liệu minh họa do hệ thống tạo ra, "
			+ "không phải kết quả đã công bố.";
	private static final List<String> COUNCIL = List.of("HK00002", "HK00003", "HK00004");

	private final Methodologies methodologies;
	private final DemoLogins logins;
	private final vn.congvu.reformindex.AssessmentCycles cycles;
	private final Assessments assessments;
	private final vn.congvu.reformindex.Appraisals appraisals;
	private final IndexPublications publications;
	private final vn.congvu.reformindex.IndexPublishing publishing;
	private final OneStopStatistics oneStop;
	private final SurveyScores surveys;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final Clock clock;

	DemoReformIndex(Methodologies methodologies, DemoLogins logins, vn.congvu.reformindex.AssessmentCycles cycles, Assessments assessments, vn.congvu.reformindex.Appraisals appraisals,
			IndexPublications publications, vn.congvu.reformindex.IndexPublishing publishing, OneStopStatistics oneStop, SurveyScores surveys, OrgUnitQueries units,
			StaffQueries staff, Clock clock) {
		this.appraisals = appraisals;
		this.publishing = publishing;
		this.oneStop = oneStop;
		this.surveys = surveys;
		this.methodologies = methodologies;
		this.logins = logins;
		this.cycles = cycles;
		this.assessments = assessments;
		this.publications = publications;
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	void load(long hanoi) {
		Viewer officer = new Viewer("demo-officer", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		for (int past : List.of(2017, 2018)) { // two past years: a trend to look at
			publishPast(officer, hanoi, past, today);
		}

		int year = today.getYear() - 1;
		long current = methodologies.create(officer, new Methodologies.NewMethodology(year, List.of(OrgUnitType.WARD),
				"Chỉ số cải cách hành chính cấp xã năm " + year, "Khung của Quyết định 5666/QĐ-UBND ngày 17/11/2025 "
						+ "của UBND Thành phố Hà Nội (8 nội dung và điểm thưởng, điểm trừ); tiêu chí thành phần, điểm "
						+ "tối đa và điểm điều tra xã hội học 30/100 là của dữ liệu mẫu",
				BigDecimal.valueOf(30), "A:90; B:80; C:70; D:0", DEMO_NOTE
						+ " Tỷ lệ điểm điều tra xã hội học 30/100 của khung năm 2025 chưa đối chiếu được văn bản."));
		methodologies.setLines(officer, current, lines(true));
		oneStop(officer, year);
		methodologies.setCouncil(officer, current, COUNCIL);
		int seat = 0;
		for (String code : COUNCIL) { // every member can sign in and vote (lanhdao is the first)
			long member = staff.idOfCode(Viewer.system(), code, today).orElseThrow();
			if (logins.createFor(member, "thamdinh" + (seat + 1), "Thành viên Hội đồng thẩm định CCHC (demo)",
					Role.STAFF, staff.find(Viewer.system(), member, today).unitId())) {
				seat++;
			}
		}
		cycles.open(officer, current, today.plusDays(14));
		for (Assessments.Assessment ward : assessments.ofMethodology(officer, current)) {
			if (ward.unitCode().equals("00070")) {
				continue; // Hoàn Kiếm is still filling it in
			}
			SplittableRandom random = new SplittableRandom(ward.unitCode().hashCode() * 31L);
			selfAssess(ward, random);
			appraise(officer, ward.id(), random);
		}
		surveys.surveyFromSatisfaction(officer, current);
		for (Assessments.Assessment ward : assessments.ofMethodology(officer, current)) {
			if (ward.status() == vn.congvu.reformindex.AssessmentStatus.SUBMITTED && !ward.unitCode().equals("00082")) {
				councilApproves(ward, hanoi); // Cửa Nam waits for the council
				appraisals.finalizeResult(officer, ward.id());
			}
		}
	}

	/** A past year of the former district's 18 wards, through the whole cycle, published. */
	private void publishPast(Viewer officer, long hanoi, int year, LocalDate today) {
		long id = methodologies.create(officer, new Methodologies.NewMethodology(year, List.of(OrgUnitType.WARD),
				"Chỉ số cải cách hành chính cấp phường năm " + year, "Khung của Quyết định 6677/QĐ-UBND (2017) của UBND "
						+ "Thành phố Hà Nội; bộ tiêu chí rút gọn cho dữ liệu mẫu",
				BigDecimal.valueOf(30), "A:80; B:75; C:70; D:0", DEMO_NOTE));
		methodologies.setLines(officer, id, lines(false));
		methodologies.setCouncil(officer, id, COUNCIL);
		cycles.open(officer, id, today);
		List<Assessments.Assessment> wards = assessments.ofMethodology(officer, id);
		List<SurveyScores.SurveyRow> survey = new ArrayList<>();
		for (Assessments.Assessment ward : wards) {
			SplittableRandom random = new SplittableRandom(ward.unitCode().hashCode() + year * 7919L);
			selfAssess(ward, random);
			appraise(officer, ward.id(), random);
			survey.add(new SurveyScores.SurveyRow(survey.size() + 2, ward.unitCode(),
					BigDecimal.valueOf(2200 + random.nextInt(700), 2).toPlainString(),
					String.valueOf(150 + random.nextInt(250))));
		}
		surveys.importSurvey(officer, id, survey, "Điều tra xã hội học năm " + year + " (dữ liệu mẫu)");
		for (Assessments.Assessment ward : wards) {
			councilApproves(ward, hanoi);
			appraisals.finalizeResult(officer, ward.id());
		}
		publishing.publish(officer, id);
	}

	/** A year of one-stop figures for the new wards, as the one-stop system would export them (invented). */
	private void oneStop(Viewer officer, int year) {
		List<OneStopStatistics.Line> lines = new ArrayList<>();
		int row = 2;
		for (String code : List.of("00070", "00082", "00004", "00097")) {
			SplittableRandom random = new SplittableRandom(code.hashCode() + year);
			for (int month = 1; month <= 12; month++) {
				if (units.byCode(code, java.time.YearMonth.of(year, month).atEndOfMonth()) == null) {
					continue;
				}
				int received = 180 + random.nextInt(120);
				int late = random.nextInt(8);
				lines.add(new OneStopStatistics.Line(row++, code, month + "/" + year, String.valueOf(received),
						String.valueOf(received - late - random.nextInt(3)), String.valueOf(late),
						String.valueOf(late - random.nextInt(late + 1) / 3)));
			}
		}
		List<MethodologyTree.Problem> problems = oneStop.importLines(officer, lines);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("demo one-stop figures refused: " + problems);
		}
	}

	private void selfAssess(Assessments.Assessment ward, SplittableRandom random) {
		Viewer head = new Viewer("demo-head-" + ward.unitCode(), "Lãnh đạo " + ward.unitName(), Role.UNIT_HEAD,
				ward.unitId(), ward.unitPath(), null, false);
		Assessments.View view = assessments.view(head, ward.id());
		for (Item item : view.items()) {
			if (!view.lines().containsKey(item.id()) || item.scoring() == Item.Scoring.COMPUTED) {
				continue;
			}
			BigDecimal points = switch (item.scoring()) {
				case BONUS -> BigDecimal.valueOf(random.nextInt(3) == 0 ? 1 : 0);
				case PENALTY -> BigDecimal.valueOf(random.nextInt(6) == 0 ? 1 : 0);
				default -> quarter(item.maxPoints().doubleValue() * (0.72 + 0.28 * random.nextDouble()));
			};
			List<UploadedFile> files = item.evidenceRequired() && points.signum() > 0
					? List.of(DemoFiles.image("Minh chứng " + item.code(), 800, 600)) : List.of();
			assessments.score(head, ward.id(), item.id(), points, "Theo báo cáo của phường", files);
		}
		assessments.submit(head, ward.id());
	}

	/** The officer lowers about one line in five, by a quarter to one point, saying why. */
	private void appraise(Viewer officer, long id, SplittableRandom random) {
		Assessments.View view = assessments.view(officer, id);
		for (Item item : view.items()) {
			Assessments.Line line = view.lines().get(item.id());
			if (line == null || item.scoring() != Item.Scoring.MANUAL || random.nextInt(5) != 0
					|| line.selfPoints() == null || line.selfPoints().signum() == 0) {
				continue;
			}
			BigDecimal lower = line.selfPoints().subtract(quarter(0.25 + random.nextDouble() * 0.75)).max(BigDecimal.ZERO);
			appraisals.appraise(officer, id, item.id(), lower,
					"Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả đã tự chấm.");
		}
	}

	/**
	 * Every member who may vote approves (a member of the ward recuses), then the ward accepts the result in its one
	 * response, so the officer may make it final at once.
	 */
	private void councilApproves(Assessments.Assessment ward, long hanoi) {
		for (String code : COUNCIL) {
			long member = staff.idOfCode(Viewer.system(), code, LocalDate.now(clock)).orElseThrow();
			Viewer viewer = new Viewer("demo-member-" + code, "Thành viên hội đồng", Role.LEADER, hanoi,
					units.pathOf(hanoi), member, false);
			if (assessments.view(viewer, ward.id()).mayVote()) {
				appraisals.vote(viewer, ward.id(), true);
			}
		}
		Viewer head = new Viewer("demo-head-" + ward.unitCode(), "Lãnh đạo " + ward.unitName(), Role.UNIT_HEAD,
				ward.unitId(), ward.unitPath(), null, false);
		appraisals.respond(head, ward.id(), "Đơn vị thống nhất với kết quả thẩm định của hội đồng.");
	}

	private static BigDecimal quarter(double value) {
		return BigDecimal.valueOf(Math.round(value * 4) / 4.0).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The lines. Past years: seven contents (a shortened version of the earlier framework for wards). The current year
	 * follows the structure of Hà Nội's Decision 5666/QĐ-UBND (2025): eight contents and a ninth for bonus and
	 * penalty; the criteria under them and their maximum points are the demonstration's own. Both have 70 appraisal
	 * points and 30 survey points. The current year computes one line from the one-stop figures and one from the
	 * corrective actions, and asks for evidence on a few lines.
	 */
	private static List<MethodologyTree.Line> lines(boolean current) {
		String[][] rows = current ? CURRENT_LINES : PAST_LINES;
		String computedOneStop = current ? "3.2" : "";
		String computedCorrective = current ? "5.3" : "";
		String bonus = current ? "9.1" : "8.1";
		String penalty = current ? "9.2" : "8.2";
		List<MethodologyTree.Line> lines = new ArrayList<>();
		int row = 2;
		for (String[] r : rows) {
			String scoring = r[0].equals(bonus) ? "Điểm thưởng" : r[0].equals(penalty) ? "Điểm trừ"
					: r[0].equals(computedOneStop) || r[0].equals(computedCorrective) ? "Tính từ dữ liệu" : "Chấm điểm";
			String source = r[0].equals(computedOneStop) ? "Hồ sơ một cửa đúng hạn"
					: r[0].equals(computedCorrective) ? "Khắc phục đúng hạn" : "";
			lines.add(new MethodologyTree.Line(row++, r[0], r[1], r[2], r[3], scoring, source,
					current && !r[4].isEmpty() ? "Có" : "Không", "", r[5], r[6]));
		}
		return lines;
	}

	/** Past years: seven contents and bonus/penalty. */
	private static final String[][] PAST_LINES = {
			{ "1", "", "Công tác chỉ đạo, điều hành cải cách hành chính", "8", "", "80", "120" },
			{ "1.1", "1", "Kế hoạch cải cách hành chính năm ban hành đúng hạn, đầy đủ nội dung", "3", "Có", "", "" },
			{ "1.2", "1", "Báo cáo cải cách hành chính định kỳ đúng hạn", "2", "", "", "" },
			{ "1.3", "1", "Kiểm tra, tuyên truyền cải cách hành chính", "3", "", "", "" },
			{ "2", "", "Tổ chức thực hiện văn bản quy phạm pháp luật", "6", "", "80", "120" },
			{ "2.1", "2", "Triển khai văn bản của cấp trên đúng hạn", "3", "", "", "" },
			{ "2.2", "2", "Tự kiểm tra, rà soát văn bản", "3", "", "", "" },
			{ "3", "", "Thủ tục hành chính và cơ chế một cửa", "18", "", "80", "120" },
			{ "3.1", "3", "Công khai thủ tục hành chính đầy đủ tại bộ phận một cửa", "4", "", "", "" },
			{ "3.2", "3", "Hồ sơ giải quyết đúng hạn", "8", "", "", "" },
			{ "3.3", "3", "Gửi thư xin lỗi khi hồ sơ trễ hạn", "3", "", "", "" },
			{ "3.4", "3", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân", "3", "", "", "" },
			{ "4", "", "Chất lượng đội ngũ cán bộ, công chức", "12", "", "80", "120" },
			{ "4.1", "4", "Chấp hành kỷ luật, kỷ cương hành chính và quy tắc ứng xử", "6", "Có", "", "" },
			{ "4.2", "4", "Đánh giá, xếp loại cán bộ, công chức đúng quy định", "3", "", "", "" },
			{ "4.3", "4", "Đào tạo, bồi dưỡng cán bộ, công chức", "3", "", "", "" },
			{ "5", "", "Quản lý tài chính công", "6", "", "80", "120" },
			{ "5.1", "5", "Thực hiện cơ chế tự chủ về kinh phí quản lý hành chính", "3", "", "", "" },
			{ "5.2", "5", "Công khai ngân sách", "3", "", "", "" },
			{ "6", "", "Hiện đại hóa hành chính", "12", "", "80", "120" },
			{ "6.1", "6", "Ứng dụng công nghệ thông tin trong xử lý công việc", "4", "", "", "" },
			{ "6.2", "6", "Dịch vụ công trực tuyến", "5", "", "", "" },
			{ "6.3", "6", "Hệ thống quản lý chất lượng theo tiêu chuẩn ISO", "3", "", "", "" },
			{ "7", "", "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội", "8", "", "80", "120" },
			{ "7.1", "7", "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội", "4", "", "", "" },
			{ "7.2", "7", "Thu ngân sách đạt kế hoạch", "4", "", "", "" },
			{ "8", "", "Điểm thưởng, điểm trừ", "0", "", "", "" },
			{ "8.1", "8", "Điểm thưởng: sáng kiến cải cách hành chính được công nhận", "2", "", "", "" },
			{ "8.2", "8", "Điểm trừ: cán bộ bị kỷ luật vì vi phạm trong thực thi công vụ", "3", "", "", "" } };

	/** The current year: the eight contents of Decision 5666/QĐ-UBND (2025) in its order, and bonus/penalty. */
	private static final String[][] CURRENT_LINES = {
			{ "1", "", "Công tác chỉ đạo, điều hành cải cách hành chính", "8", "", "80", "120" },
			{ "1.1", "1", "Kế hoạch cải cách hành chính năm ban hành đúng hạn, đầy đủ nội dung", "3", "Có", "", "" },
			{ "1.2", "1", "Báo cáo cải cách hành chính định kỳ đúng hạn", "2", "", "", "" },
			{ "1.3", "1", "Kiểm tra, tuyên truyền cải cách hành chính", "3", "", "", "" },
			{ "2", "", "Cải cách thể chế", "6", "", "80", "120" },
			{ "2.1", "2", "Triển khai văn bản quy phạm pháp luật của cấp trên đúng hạn", "3", "", "", "" },
			{ "2.2", "2", "Tự kiểm tra, rà soát văn bản", "3", "", "", "" },
			{ "3", "", "Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông", "18", "", "80", "120" },
			{ "3.1", "3", "Công khai thủ tục hành chính đầy đủ tại bộ phận một cửa", "4", "", "", "" },
			{ "3.2", "3", "Hồ sơ giải quyết đúng hạn (tính từ số liệu một cửa)", "8", "", "", "" },
			{ "3.3", "3", "Gửi thư xin lỗi khi hồ sơ trễ hạn", "3", "", "", "" },
			{ "3.4", "3", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân", "3", "Có", "", "" },
			{ "4", "", "Cải cách tổ chức bộ máy hành chính", "4", "", "80", "120" },
			{ "4.1", "4", "Thực hiện quy định về vị trí việc làm và biên chế được giao", "2", "", "", "" },
			{ "4.2", "4", "Kiện toàn tổ chức, quy chế làm việc sau sắp xếp đơn vị hành chính", "2", "", "", "" },
			{ "5", "", "Cải cách chế độ công vụ", "12", "", "80", "120" },
			{ "5.1", "5", "Chấp hành kỷ luật, kỷ cương hành chính và quy tắc ứng xử", "6", "Có", "", "" },
			{ "5.2", "5", "Đánh giá, xếp loại cán bộ, công chức đúng quy định", "3", "", "", "" },
			{ "5.3", "5", "Yêu cầu khắc phục sau kiểm tra công vụ hoàn thành đúng hạn (tính từ dữ liệu)", "3", "", "", "" },
			{ "6", "", "Cải cách tài chính công", "6", "", "80", "120" },
			{ "6.1", "6", "Thực hiện cơ chế tự chủ về kinh phí quản lý hành chính", "3", "", "", "" },
			{ "6.2", "6", "Công khai ngân sách", "3", "", "", "" },
			{ "7", "", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", "8", "", "80", "120" },
			{ "7.1", "7", "Xử lý văn bản, hồ sơ công việc trên môi trường mạng", "3", "Có", "", "" },
			{ "7.2", "7", "Dịch vụ công trực tuyến toàn trình", "3", "", "", "" },
			{ "7.3", "7", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "2", "", "", "" },
			{ "8", "", "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội", "8", "", "80", "120" },
			{ "8.1", "8", "Thực hiện các chỉ tiêu phát triển kinh tế - xã hội", "4", "", "", "" },
			{ "8.2", "8", "Thu ngân sách đạt kế hoạch", "4", "", "", "" },
			{ "9", "", "Điểm thưởng, điểm trừ", "0", "", "", "" },
			{ "9.1", "9", "Điểm thưởng: sáng kiến cải cách hành chính được công nhận", "2", "", "", "" },
			{ "9.2", "9", "Điểm trừ: cán bộ bị kỷ luật vì vi phạm trong thực thi công vụ", "3", "", "", "" } };
}
