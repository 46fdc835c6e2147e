package vn.congvu.conduct.discipline;

import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationHandling;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.ViolationStatus;
import vn.congvu.conduct.violations.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Disciplinary cases on PostgreSQL: opened only on a confirmed violation of a named person within the statute of
 * limitations, the rules of the date, steps in order, postponements that move the deadline, the decision with its
 * document and event, and visibility for the handlers only.
 */
@RecordApplicationEvents
class DisciplinaryCasesIntegrationTests extends IntegrationTestSupport {

	@Autowired
	vn.congvu.staff.StaffQueries staffQueries;

	@Autowired vn.congvu.reporting.PdfSignatures signatures;
	@Autowired DisciplinaryCases cases;
	@Autowired DisciplinaryCaseQueries queries;
	@Autowired Violations violations;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;

	long cuaNam;
	long civilServant;
	String civilServantName;
	String officer;
	String coHandler;

	@BeforeEach
	void setUp() {
		cuaNam = units.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		record Person(long id, String fullName) {
		}
		Person person = jdbc.sql("""
				select s.id, s.full_name from staff.staff_member s join staff.assignment a on a.staff_id = s.id
				where a.unit_id = :u and a.valid_to is null and a.leadership is null and s.category = 'CIVIL_SERVANT'
				  and s.staff_code like 'HK%' order by s.staff_code limit 1""").param("u", cuaNam).query(Person.class).single();
		civilServant = person.id();
		civilServantName = person.fullName();
		officer = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		coHandler = testAccounts.create(Role.LEADER, null);
	}

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	private long confirmedViolation(LocalDate occurredOn, ViolationSeverity severity) {
		signInAs(officer, Role.HOME_AFFAIRS_OFFICER, null);
		long id = violations.record(viewer(), new NewViolation(cuaNam, civilServant, null, severity,
				"Gây phiền hà cho người dân khi tiếp nhận hồ sơ", "MANUAL", null, occurredOn));
		violations.askExplanation(viewer(), id, LocalDate.now(clock).plusDays(3));
		violations.confirm(viewer(), id);
		return id;
	}

	@Test
	void thePersonConcernedFollowsTheirCaseButCannotActOnIt() {
		long violation = confirmedViolation(LocalDate.now(clock).minusDays(5), ViolationSeverity.MINOR);
		long id = cases.open(viewer(), violation, false, null);
		vn.congvu.platform.Viewer self = asStaff(civilServant);
		assertThat(queries.concerningMe(self)).extracting(DisciplinaryCaseView::id).contains(id);
		assertThat(queries.concerningMe(self, id).header().stage()).isEqualTo(CaseStage.OPENED);
		assertThat(queries.concerningMe(asStaff(civilServant + 1)).stream().map(DisciplinaryCaseView::id))
			.doesNotContain(id);
		assertThatThrownBy(() -> queries.concerningMe(asStaff(civilServant + 1), id))
			.isInstanceOf(vn.congvu.shared.RecordNotFoundException.class);
		assertThatThrownBy(() -> cases.advance(self, id, CaseStage.REVIEW_MEETING, LocalDate.now(clock), "tự họp"))
			.isInstanceOfAny(vn.congvu.shared.RecordNotFoundException.class, vn.congvu.shared.NotPermittedException.class);
		vn.congvu.WebSession web = new vn.congvu.WebSession(baseUrl());
		web.signIn(testAccounts.createFor(civilServant, Role.STAFF, cuaNam), vn.congvu.TestAccounts.PASSWORD);
		String page = web.get("/conduct/cases/" + id).body();
		assertThat(page).contains("liên quan đến bạn").contains("Gây phiền hà cho người dân khi tiếp nhận hồ sơ")
			.doesNotContain("/step\"").doesNotContain("decide-form");
		assertThat(web.get("/").body()).contains("Vụ việc liên quan đến tôi");
	}

	@Test
	void aCaseFollowsTheRulesOfItsDateFromOpeningToDecision() throws IOException {
		long violation = confirmedViolation(LocalDate.now(clock).minusDays(10), ViolationSeverity.MINOR);
		long id = cases.open(viewer(), violation, false, coHandler);
		DisciplinaryCaseView.Detail opened = queries.find(viewer(), id);
		assertThat(opened.header().ruleSet()).isEqualTo("ND172-2025");
		assertThat(opened.header().decisionDue()).isEqualTo(LocalDate.now(clock).plusDays(90));
		assertThat(opened.header().limitationEnds()).isEqualTo(LocalDate.now(clock).minusDays(10).plusYears(2).minusDays(1));
		assertThat(opened.measures()).contains(DisciplinaryMeasure.REPRIMAND, DisciplinaryMeasure.WARNING)
			.doesNotContain(DisciplinaryMeasure.SALARY_DOWNGRADE, DisciplinaryMeasure.DEMOTION);
		assertThat(violations.findVisible(vn.congvu.platform.Viewer.system(), violation).handling()).isEqualTo(ViolationHandling.DISCIPLINARY_CASE);
		assertThat(events.stream(DisciplinaryCaseOpened.class)).anySatisfy(e -> {
			assertThat(e.caseId()).isEqualTo(id);
			assertThat(e.staffId()).isEqualTo(civilServant);
		});

		assertThatThrownBy(() -> cases.decide(viewer(), id, DisciplinaryMeasure.WARNING, LocalDate.now(clock), 12))
			.hasMessage("case.illegalStep");
		assertThatThrownBy(() -> cases.advance(viewer(), id, CaseStage.COUNCIL, LocalDate.now(clock), ""))
			.hasMessage("case.skipReasonRequired");
		assertThatThrownBy(() -> cases.advance(viewer(), id, CaseStage.REVIEW_MEETING, LocalDate.now(clock).plusDays(1), ""))
			.hasMessage("case.dayInFuture");
		cases.advance(viewer(), id, CaseStage.REVIEW_MEETING, LocalDate.now(clock), "Họp kiểm điểm tại phường");
		cases.postpone(viewer(), id, PostponementReason.ILLNESS, LocalDate.now(clock), LocalDate.now(clock).plusDays(9), "Nằm viện");
		assertThat(queries.find(viewer(), id).header().decisionDue()).isEqualTo(LocalDate.now(clock).plusDays(100));
		assertThatThrownBy(() -> cases.postpone(viewer(), id, PostponementReason.ILLNESS, LocalDate.now(clock).plusDays(5),
				LocalDate.now(clock), "")).hasMessage("case.postponementDates");
		cases.advance(viewer(), id, CaseStage.COUNCIL, LocalDate.now(clock), "Hội đồng kỷ luật họp");
		assertThatThrownBy(() -> cases.decide(viewer(), id, DisciplinaryMeasure.SALARY_DOWNGRADE, LocalDate.now(clock), 12))
			.hasMessage("case.measureNotAllowed");
		assertThat(queries.find(viewer(), id).header().stage()).isEqualTo(CaseStage.COUNCIL);

		String number = cases.decide(viewer(), id, DisciplinaryMeasure.WARNING, LocalDate.now(clock), 12);
		assertThat(number).as("numbered from the ward committee's register").matches("\\d+/QĐ-UBND");
		DisciplinaryCaseView decided = queries.find(viewer(), id).header();
		assertThat(decided.stage()).isEqualTo(CaseStage.DECIDED);
		assertThat(decided.effectUntil()).isEqualTo(LocalDate.now(clock).plusMonths(12).minusDays(1));
		assertThat(events.stream(DisciplineDecided.class)).anySatisfy(e -> {
			assertThat(e.caseId()).isEqualTo(id);
			assertThat(e.measure()).isEqualTo(DisciplinaryMeasure.WARNING);
			assertThat(e.effectUntil()).isEqualTo(decided.effectUntil());
		});
		assertThat(signatures.verify(queries.decisionDocument(viewer(), id)).signatures()).singleElement()
			.satisfies(s -> {
				assertThat(s.valid()).isTrue();
				assertThat(s.signedBy()).contains("Cửa Nam");
			});
		assertThat(vn.congvu.reporting.ArchiveChecks.pdfA2bFailures(queries.decisionDocument(viewer(), id)))
			.as("PDF/A-2b by veraPDF").isEmpty();
		try (PDDocument pdf = Loader.loadPDF(queries.decisionDocument(viewer(), id))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("QUYẾT ĐỊNH", civilServantName, "cảnh cáo", "Phường Cửa Nam",
					"Căn cứ Nghị định 172/2025/NĐ-CP");
			// Decree 30: the issuer under its superior, the number under the issuer, the motto, place and date, the
			// recipients, and the competent signer (the ward's chairman), not the officer who clicked
			long cuaNamId = decided.unitId();
			String chairman = staffQueries.nameOf(staffQueries.headOf(cuaNamId, LocalDate.now(clock)).orElseThrow());
			assertThat(text).contains("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG CỬA NAM",
					"Số: " + number, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Hà Nội, ngày " + LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern(
							"dd 'tháng' MM 'năm' yyyy")), "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.",
					"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", chairman);
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "decision.pdf"),
					queries.decisionDocument(viewer(), id));
			assertThat(text.indexOf("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"))
				.isLessThan(text.indexOf("ỦY BAN NHÂN DÂN PHƯỜNG CỬA NAM"));
			assertThat(text).doesNotContain(viewer().displayName());
		}
		assertThat(jdbc.sql("""
				select action from platform.audit_entry where entity_type = 'disciplinaryCase' and entity_id = :id
				order by id""").param("id", String.valueOf(id)).query(String.class).list())
			.containsExactly("case.open", "case.review_meeting", "case.postpone", "case.council", "case.decide");
	}

	@Test
	void onlyTheHandlersSeeACase() {
		long violation = confirmedViolation(LocalDate.now(clock).minusDays(3), ViolationSeverity.MINOR);
		long id = cases.open(viewer(), violation, true, coHandler);
		assertThat(queries.mine(viewer())).extracting(DisciplinaryCaseView::id).contains(id);
		assertThat(queries.find(viewer(), id).header().decisionDue()).isEqualTo(LocalDate.now(clock).plusDays(150));
		signInAs(coHandler, Role.LEADER, null);
		assertThat(queries.find(viewer(), id).handlers()).containsExactlyInAnyOrder(officer, coHandler);
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.HOME_AFFAIRS_OFFICER, Role.INSPECTOR, Role.UNIT_HEAD,
				Role.STAFF }) {
			signInAs(testAccounts.create(role, role == Role.UNIT_HEAD || role == Role.STAFF ? cuaNam : null), role,
					null);
			assertThat(queries.mine(viewer())).extracting(DisciplinaryCaseView::id).doesNotContain(id);
			assertThatThrownBy(() -> queries.find(viewer(), id)).isInstanceOf(RecordNotFoundException.class);
			assertThatThrownBy(() -> queries.decisionDocument(viewer(), id)).isInstanceOf(RecordNotFoundException.class);
			assertThatThrownBy(() -> cases.advance(viewer(), id, CaseStage.REVIEW_MEETING, LocalDate.now(clock), ""))
				.isInstanceOf(RecordNotFoundException.class);
		}
	}

	@Test
	void noCaseWithoutAConfirmedViolationOfANamedPersonWithinTheLimitation() {
		signInAs(officer, Role.HOME_AFFAIRS_OFFICER, null);
		long recorded = violations.record(viewer(), new NewViolation(cuaNam, civilServant, null, ViolationSeverity.MINOR,
				"Chưa xác nhận", "MANUAL", null, LocalDate.now(clock)));
		assertThatThrownBy(() -> cases.open(viewer(), recorded, false, null)).hasMessage("case.violationNotConfirmed");
		long unnamed = violations.record(viewer(), new NewViolation(cuaNam, null, null, ViolationSeverity.MINOR,
				"Không rõ người", "MANUAL", null, LocalDate.now(clock)));
		violations.askExplanation(viewer(), unnamed, LocalDate.now(clock));
		violations.confirm(viewer(), unnamed);
		assertThatThrownBy(() -> cases.open(viewer(), unnamed, false, null)).hasMessage("case.personRequired");
		long old = confirmedViolation(LocalDate.of(2023, 3, 1), ViolationSeverity.MINOR);
		assertThatThrownBy(() -> cases.open(viewer(), old, false, null)).isInstanceOf(InvalidInputException.class)
			.hasMessage("case.limitationExpired");
		assertThat(violations.findVisible(vn.congvu.platform.Viewer.system(), old).status()).isEqualTo(ViolationStatus.CONFIRMED);
		long recent = confirmedViolation(LocalDate.now(clock).minusDays(1), ViolationSeverity.MINOR);
		assertThatThrownBy(() -> cases.open(viewer(), recent, false, "khong-co-ai")).hasMessage("case.coHandlerUnknown");
		assertThat(violations.findVisible(vn.congvu.platform.Viewer.system(), recent).status()).isEqualTo(ViolationStatus.CONFIRMED);
		signInAs(testAccounts.create(Role.INSPECTOR, null), Role.INSPECTOR, null);
		assertThatThrownBy(() -> cases.open(viewer(), recent, false, null)).isInstanceOf(RecordNotFoundException.class);
	}
}
