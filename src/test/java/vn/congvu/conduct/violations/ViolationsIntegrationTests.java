package vn.congvu.conduct.violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.feedback.NewReport;
import vn.congvu.feedback.ReportKind;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.InvalidInputException;

/** Violations on PostgreSQL: the workflow, its refusals, the event, and citizen reports turning into violations. */
@RecordApplicationEvents
class ViolationsIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	Violations violations;

	@Autowired
	HarassmentReports reports;

	@Autowired
	OrgUnitQueries units;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void aViolationIsExplainedConfirmedAndHandledAndIllegalStepsAreRefused() {
		long ward = units.byCode("00070", REFORM).id();
		long id = violations.record(viewer(), new NewViolation(ward, null, null, ViolationSeverity.MINOR, "Không đeo thẻ công chức", "INSPECTION", null,
				LocalDate.now(clock).minusDays(1)));
		assertThatThrownBy(() -> violations.confirm(viewer(), id)).isInstanceOf(InvalidInputException.class)
			.hasMessage("violation.illegalStep");
		assertThatThrownBy(() -> violations.askExplanation(viewer(), id, LocalDate.now(clock).minusDays(1)))
			.hasMessage("violation.deadlineInPast");
		violations.askExplanation(viewer(), id, LocalDate.now(clock).plusDays(5));
		violations.explain(headOf(ward), id, "Thẻ bị hỏng, đã làm lại");
		violations.confirm(viewer(), id);
		assertThat(events.stream(ViolationConfirmed.class)).anySatisfy(e -> assertThat(e.violationId()).isEqualTo(id));
		violations.handle(viewer(), id, ViolationHandling.REMINDER);
		Violations.ViolationView done = violations.find(id);
		assertThat(done.status()).isEqualTo(ViolationStatus.HANDLED);
		assertThat(done.explanation()).isEqualTo("Thẻ bị hỏng, đã làm lại");
		assertThat(done.handling()).isEqualTo(ViolationHandling.REMINDER);
		assertThatThrownBy(() -> violations.dismiss(viewer(), id, "Ghi nhận muộn, không còn căn cứ", true)).hasMessage("violation.illegalStep");
		assertThatThrownBy(() -> violations.record(viewer(), new NewViolation(ward, null, null, ViolationSeverity.MINOR, " ", "INSPECTION", null, LocalDate.now(clock))))
			.hasMessage("violation.descriptionRequired");
	}

	@Test
	void aSubstantiatedCitizenReportBecomesOneViolationOfTheUnit() {
		long ward = units.byCode("00082", REFORM).id();
		long hanoi = units.byCode("01", REFORM).id();
		String code = reports.file(new NewReport(ward, ReportKind.EXTRA_DOCUMENTS, LocalDate.now(clock).minusDays(2),
				"Yêu cầu bổ sung giấy tờ ba lần", true, null, null));
		String investigator = testAccounts.create(Role.INSPECTOR, hanoi);
		signInAs(Role.HOME_AFFAIRS_OFFICER, hanoi);
		long report = reports.list(viewer()).stream().filter(r -> r.trackingCode().equals(code)).findFirst().orElseThrow().id();
		reports.assign(viewer(), report, hanoi, investigator);
		reports.startVerifying(viewer(), report);
		reports.resolve(viewer(), report, true, "Phản ánh đúng", true);
		long violation = violations.record(viewer(), new NewViolation(ward, null, null, ViolationSeverity.MINOR, "lặp lại", CitizenReportListener.SOURCE, code,
				LocalDate.now(clock).minusDays(2)));
		Violations.ViolationView view = violations.find(violation);
		assertThat(view.unitId()).isEqualTo(ward);
		assertThat(view.description()).contains(code).doesNotContain("lặp lại");
		assertThat(view.status()).isEqualTo(ViolationStatus.RECORDED);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aStepTakenFromAStaleStatusIsRefusedAndChangesNothing() {
		long ward = units.byCode("00070", REFORM).id();
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		long id = violations.record(viewer(), new NewViolation(ward, null, null, ViolationSeverity.MINOR, "Hai người cùng xử lý",
				"MANUAL", null, LocalDate.now(clock)));
		violations.askExplanation(viewer(), id, LocalDate.now(clock).plusDays(2)); // another officer acted first
		assertThatThrownBy(() -> vn.congvu.platform.StatusChange.apply(jdbc, "conduct.violation", "status", id,
				"RECORDED", "DISMISSED", null, java.util.Map.of(), "violation.changedMeanwhile"))
			.isInstanceOf(InvalidInputException.class).hasMessage("violation.changedMeanwhile");
		assertThat(violations.find(id).status()).isEqualTo(ViolationStatus.AWAITING_EXPLANATION);
	}
}
