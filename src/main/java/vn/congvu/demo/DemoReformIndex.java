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
		methodologies.setLines(officer, current, DemoMethodologyLines.current());
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
		methodologies.setLines(officer, id, DemoMethodologyLines.past());
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
}
