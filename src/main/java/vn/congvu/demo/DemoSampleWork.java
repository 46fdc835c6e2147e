package vn.congvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.discipline.CaseStage;
import vn.congvu.conduct.inspections.ChecklistResult;
import vn.congvu.conduct.codes.CodesOfConduct;
import vn.congvu.conduct.discipline.DisciplinaryCases;
import vn.congvu.conduct.inspections.InspectionConclusions;
import vn.congvu.conduct.inspections.InspectionFindings;
import vn.congvu.conduct.inspections.InspectionKind;
import vn.congvu.conduct.inspections.InspectionVisits;
import vn.congvu.conduct.inspections.Inspections;
import vn.congvu.conduct.inspections.InspectionTeams;
import vn.congvu.conduct.inspections.NewFinding;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.conduct.inspections.VisitView;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.RunAs;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Sample work done through the demo accounts, so every conduct page has something to show: a visit to Cửa Nam
 * conducted by the inspector, confirmed by the team leader (its finding concerns the staff member behind the
 * phuongcuanam account, whose explanation is now asked), and a disciplinary case at the review meeting.
 */
@Component
class DemoSampleWork {

	private final RunAs runAs;
	private final Inspections inspections;
	private final InspectionTeams teams;
	private final InspectionVisits visits;
	private final InspectionFindings findings;
	private final InspectionConclusions conclusions;
	private final Violations violations;
	private final DisciplinaryCases cases;
	private final CodesOfConduct codes;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final Accounts accounts;
	private final Clock clock;

	DemoSampleWork(RunAs runAs, Inspections inspections, InspectionTeams teams, InspectionVisits visits, InspectionFindings findings,
			InspectionConclusions conclusions, Violations violations, DisciplinaryCases cases, CodesOfConduct codes,
			OrgUnitQueries units, StaffQueries staff, Accounts accounts, Clock clock) {
		this.runAs = runAs;
		this.teams = teams;
		this.inspections = inspections;
		this.visits = visits;
		this.findings = findings;
		this.conclusions = conclusions;
		this.violations = violations;
		this.cases = cases;
		this.codes = codes;
		this.units = units;
		this.staff = staff;
		this.accounts = accounts;
		this.clock = clock;
	}

	void load() {
		LocalDate today = LocalDate.now(clock);
		long cuaNam = units.byCode("00082", HoanKiemUnits.REFORM).id();
		long person = accounts.staffIdOf("phuongcuanam").orElseThrow();
		long[] plan = new long[1];
		runAs.run("kiemtra", viewer -> {
			long team = teams.forPlanning(viewer).stream().filter(t -> t.name().equals("Đoàn kiểm tra công vụ số 1"))
				.findFirst().orElseThrow().id();
			plan[0] = inspections.plan(viewer, team, cuaNam, InspectionKind.REGULAR,
					"Thực hiện quy tắc ứng xử tại bộ phận một cửa", today);
			inspections.start(viewer, plan[0]);
			List<VisitView.Item> items = visits.view(viewer, plan[0]).items();
			VisitView.Item dress = items.stream().filter(i -> i.label().startsWith("Điều 4.")).findFirst()
				.orElseThrow();
			visits.saveChecklist(viewer, plan[0], items.stream().collect(Collectors.toMap(VisitView.Item::id,
					i -> i == dress ? ChecklistResult.VIOLATION : ChecklistResult.COMPLIANT)),
					Map.of(dress.id(), "Một công chức không đeo thẻ khi tiếp dân"));
			findings.add(viewer, plan[0], new NewFinding(cuaNam, person, dress.articleId(), ViolationSeverity.MINOR,
					"Không đeo thẻ công chức khi tiếp nhận hồ sơ tại bộ phận một cửa"), List.of());
			findings.requireAction(viewer, plan[0], cuaNam, person,
					"Đeo thẻ công chức trong suốt giờ làm việc; thủ trưởng nhắc nhở toàn bộ công chức", today.plusDays(15));
			conclusions.draft(viewer, plan[0], "Phường Cửa Nam chấp hành giờ làm việc và niêm yết thủ tục đầy đủ; "
					+ "còn công chức chưa đeo thẻ khi tiếp dân. Đề nghị phường khắc phục trong 15 ngày.");
		});
		runAs.run("lanhdao", viewer -> conclusions.confirm(viewer, plan[0]));
		runAs.run("noivu", viewer -> {
			long fromVisit = violations.visible(viewer).stream()
				.filter(v -> person == (v.staffId() == null ? -1 : v.staffId())).findFirst().orElseThrow().id();
			violations.askExplanation(viewer, fromVisit, today.plusDays(5));
			StaffRow other = staff.page(viewer, new StaffFilter(today, null, cuaNam), 0, 200).rows().stream()
				.filter(s -> s.category() == StaffCategory.CIVIL_SERVANT && s.leadership() == null && s.id() != person)
				.findFirst().orElseThrow();
			long article = codes.staffArticles(today).stream().filter(a -> a.label().startsWith("Điều 8."))
				.findFirst().orElseThrow().id();
			long serious = violations.record(viewer, new NewViolation(cuaNam, other.id(), article, ViolationSeverity.SERIOUS,
					"Hẹn người dân gặp ngoài trụ sở để “hướng dẫn thêm” hồ sơ đất đai", "MANUAL", null,
					today.minusDays(12)));
			violations.askExplanation(viewer, serious, today);
			violations.confirm(viewer, serious);
			long kase = cases.open(viewer, serious, false, "lanhdao");
			cases.advance(viewer, kase, CaseStage.REVIEW_MEETING, today, "Họp kiểm điểm tại Ủy ban nhân dân phường Cửa Nam");
		});
	}
}
