package vn.congvu.conduct.inspections;

import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.ViolationStatus;
import vn.congvu.conduct.violations.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.UploadedFile;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * A visit from start to confirmed conclusion, on the real database: who may do what, drafts, findings with evidence,
 * corrective actions, the leader's confirmation, the PDF and the violations it records.
 */
class InspectionVisitsIntegrationTests extends IntegrationTestSupport {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	static final byte[] PNG = vn.congvu.SampleFiles.png();

	@Autowired Inspections inspections;
	@Autowired vn.congvu.reporting.PdfSignatures signatures;
	@Autowired InspectionVisits visits;
	@Autowired InspectionFindings findings;
	@Autowired InspectionConclusions conclusions;
	@Autowired CorrectiveActions actions;
	@Autowired Violations violations;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

	long cuaNam;
	long hoanKiem;
	long team;
	String member;
	String leader;
	String leaderName;

	@BeforeEach
	void accounts() {
		cuaNam = units.byCode("00082", REFORM).id();
		hoanKiem = units.byCode("00070", REFORM).id();
		team = jdbc.sql("select id from conduct.inspection_team where name = 'Đoàn kiểm tra công vụ số 1'")
			.query(Long.class).single();
		long leaderId = jdbc.sql("select leader_id from conduct.inspection_team where id = :t").param("t", team)
			.query(Long.class).single();
		leaderName = jdbc.sql("select full_name from staff.staff_member where id = :id").param("id", leaderId)
			.query(String.class).single();
		long memberId = jdbc.sql("select min(staff_id) from conduct.team_member where team_id = :t and staff_id <> :l")
			.param("t", team).param("l", leaderId).query(Long.class).single();
		member = testAccounts.createFor(memberId, Role.INSPECTOR, null);
		leader = testAccounts.createFor(leaderId, Role.INSPECTOR, null);
	}

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	private static final java.util.concurrent.atomic.AtomicInteger VISITS = new java.util.concurrent.atomic.AtomicInteger();

	private long startedVisit() {
		signInAs(member, Role.INSPECTOR, null);
		long plan = inspections.plan(viewer(), team, cuaNam, InspectionKind.REGULAR, "Thẻ công chức, giờ giấc " + VISITS.incrementAndGet(),
				LocalDate.now(clock).plusDays(1));
		inspections.start(viewer(), plan);
		return plan;
	}

	@Test
	void theChecklistComesFromTheCodeAndIsSavedAsADraftUntilEveryItemIsAnswered() {
		long plan = startedVisit();
		VisitView visit = visits.view(viewer(), plan);
		assertThat(visit.items()).hasSize(7 + Checklists.STANDARD_ITEMS.size()); // articles 3 to 9: rules of conduct
		assertThat(visit.items().get(0).label()).startsWith("Điều 3. Giờ làm việc");
		assertThat(visit.items().get(1).label()).startsWith("Điều 4. Trang phục, tác phong");
		assertThat(visit.items()).noneSatisfy(i -> assertThat(i.label()).startsWith("Điều 1. "));
		Map<Long, ChecklistResult> half = visit.items().stream().limit(5)
			.collect(Collectors.toMap(VisitView.Item::id, i -> ChecklistResult.COMPLIANT));
		visits.saveChecklist(viewer(), plan, half, Map.of(visit.items().get(0).id(), "Đủ người làm việc lúc 8 giờ"));
		VisitView draft = visits.view(viewer(), plan);
		assertThat(draft.unanswered()).isEqualTo(visit.items().size() - 5);
		assertThat(draft.items().get(0).note()).isEqualTo("Đủ người làm việc lúc 8 giờ");
		assertThatThrownBy(() -> conclusions.draft(viewer(), plan, "Kết luận sớm"))
			.isInstanceOf(InvalidInputException.class).hasMessage("conclusion.checklistIncomplete");
		assertThat(visits.conclusion(plan)).isEmpty();
		long free = visits.addItem(viewer(), plan, "Sổ theo dõi người dân đến làm việc");
		assertThat(visits.view(viewer(), plan).items()).extracting(VisitView.Item::id).contains(free);
	}

	@Test
	void onlyTheTeamSeesAndConductsTheVisitAndTheUnitSeesItOnlyOnceConcluded() {
		long plan = startedVisit();
		long otherMember = jdbc.sql("""
				select min(m.staff_id) from conduct.team_member m join conduct.inspection_team t on t.id = m.team_id
				where t.name = 'Đoàn kiểm tra công vụ số 3'""").query(Long.class).single();
		signInAs(testAccounts.createFor(otherMember, Role.INSPECTOR, null), Role.INSPECTOR, null);
		assertThatThrownBy(() -> visits.view(viewer(), plan)).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> visits.addItem(viewer(), plan, "x")).isInstanceOf(RecordNotFoundException.class);

		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		assertThat(visits.access(viewer(), plan).readAll()).isTrue();
		assertThat(visits.access(viewer(), plan).conduct()).isFalse();
		assertThatThrownBy(() -> visits.addItem(viewer(), plan, "x")).hasMessage("visit.notMember");

		signInAs(Role.UNIT_HEAD, cuaNam);
		VisitView before = visits.view(viewer(), plan);
		assertThat(before.items()).isEmpty();
		assertThat(before.findings()).isEmpty();
		assertThat(before.access().readsFindings()).isFalse();
		signInAs(Role.UNIT_HEAD, hoanKiem);
		assertThatThrownBy(() -> visits.view(viewer(), plan)).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void badFindingsAndActionsAreRefusedAndNothingIsStored() {
		long plan = startedVisit();
		long before = jdbc.sql("select count(*) from conduct.finding").query(Long.class).single();
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		assertThatThrownBy(() -> UploadedFile.of("anh-the.jpg", exe)).hasMessage("upload.wrongType");
		assertThatThrownBy(() -> UploadedFile.of("lon.png", new byte[(int) UploadedFile.MAX_BYTES + 1]))
			.hasMessage("upload.tooLarge");
		assertThatThrownBy(() -> findings.add(viewer(), plan, new NewFinding(cuaNam, null, null, ViolationSeverity.MINOR, " "),
				List.of())).hasMessage("finding.descriptionRequired");
		assertThatThrownBy(() -> findings.add(viewer(), plan,
				new NewFinding(hoanKiem, null, null, ViolationSeverity.MINOR, "Ngoài phạm vi"), List.of()))
			.hasMessage("finding.unitOutsideInspection");
		long someoneElsewhere = jdbc.sql("""
				select a.staff_id from staff.assignment a where a.unit_id = :u and a.valid_to is null limit 1""")
			.param("u", hoanKiem).query(Long.class).single();
		assertThatThrownBy(() -> findings.add(viewer(), plan,
				new NewFinding(cuaNam, someoneElsewhere, null, ViolationSeverity.MINOR, "Người khác"), List.of()))
			.hasMessage("finding.personNotInUnit");
		assertThat(jdbc.sql("select count(*) from conduct.finding").query(Long.class).single()).isEqualTo(before);
		assertThatThrownBy(() -> findings.requireAction(viewer(), plan, cuaNam, null, "Đeo thẻ", LocalDate.now(clock).minusDays(1)))
			.hasMessage("action.deadlineInPast");
		assertThatThrownBy(() -> findings.requireAction(viewer(), plan, cuaNam, null, "", LocalDate.now(clock).plusDays(3)))
			.hasMessage("action.descriptionRequired");
		assertThat(jdbc.sql("select count(*) from conduct.corrective_action where plan_id = :p").param("p", plan)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theLeaderConfirmsTheConclusionWhichIssuesThePdfAndRecordsTheFindingsAsViolations() throws IOException {
		long plan = startedVisit();
		VisitView visit = visits.view(viewer(), plan);
		visits.saveChecklist(viewer(), plan, visit.items().stream().collect(Collectors.toMap(VisitView.Item::id,
				i -> i.position() == 2 ? ChecklistResult.VIOLATION : ChecklistResult.COMPLIANT)), Map.of());
		record Person(long id, String fullName) {
		}
		Person person = jdbc.sql("""
				select s.id, s.full_name from staff.assignment a join staff.staff_member s on s.id = a.staff_id
				where a.unit_id = :u and a.valid_to is null order by s.staff_code limit 1""").param("u", cuaNam)
			.query(Person.class).single();
		long article = visit.items().get(1).articleId();
		long finding = findings.add(viewer(), plan, new NewFinding(cuaNam, person.id(), article, ViolationSeverity.MINOR,
				"Không đeo thẻ công chức khi tiếp nhận hồ sơ"), List.of(UploadedFile.of("the.png", PNG)));
		findings.requireAction(viewer(), plan, cuaNam, person.id(), "Đeo thẻ công chức trong giờ làm việc",
				LocalDate.now(clock).plusDays(10));
		conclusions.draft(viewer(), plan, "Phường chấp hành giờ giấc; một công chức chưa đeo thẻ.");
		assertThatThrownBy(() -> conclusions.confirm(viewer(), plan)).hasMessage("conclusion.onlyLeader");

		signInAs(leader, Role.INSPECTOR, null);
		conclusions.confirm(viewer(), plan);
		assertThatThrownBy(() -> conclusions.confirm(viewer(), plan)).isInstanceOf(InvalidInputException.class);
		assertThat(signatures.verify(conclusions.pdf(viewer(), plan)).signatures()).as("signed by the team")
			.singleElement().satisfies(s -> {
				assertThat(s.valid()).isTrue();
				assertThat(s.signedBy()).contains("Đoàn kiểm tra");
			});
		assertThat(vn.congvu.reporting.ArchiveChecks.pdfA2bFailures(conclusions.pdf(viewer(), plan)))
			.as("PDF/A-2b by veraPDF").isEmpty();
		try (PDDocument pdf = Loader.loadPDF(conclusions.pdf(viewer(), plan))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Nơi nhận:", "TRƯỞNG ĐOÀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			assertThat(text).contains("KẾT LUẬN", "Kiểm tra công vụ:", "/KL-ĐKT", "Phường Cửa Nam", person.fullName(), leaderName,
					"Đeo thẻ công chức trong giờ làm việc", "Điều 4. Trang phục, tác phong", "ít nghiêm trọng",
					"Thẻ công chức, giờ giấc");
		}
		long violation = jdbc.sql("select id from conduct.violation where source = 'INSPECTION' and source_ref = :r")
			.param("r", "finding-" + finding).query(Long.class).single();
		assertThat(violations.findVisible(vn.congvu.platform.Viewer.system(), violation)).satisfies(v -> {
			assertThat(v.staffId()).isEqualTo(person.id());
			assertThat(v.articleId()).isEqualTo(article);
			assertThat(v.status()).isEqualTo(ViolationStatus.RECORDED);
		});

		signInAs(member, Role.INSPECTOR, null);
		assertThatThrownBy(() -> visits.addItem(viewer(), plan, "muộn")).hasMessage("visit.concluded");

		signInAs(Role.UNIT_HEAD, cuaNam);
		VisitView seen = visits.view(viewer(), plan);
		assertThat(seen.findings()).extracting(VisitView.Finding::description)
			.containsExactly("Không đeo thẻ công chức khi tiếp nhận hồ sơ");
		long evidence = seen.findings().get(0).evidence().get(0).id();
		assertThat(findings.evidence(viewer(), evidence).sha256()).isEqualTo(UploadedFile.of("x.png", PNG).sha256());
		signInAs(Role.UNIT_HEAD, hoanKiem);
		assertThatThrownBy(() -> findings.evidence(viewer(), evidence)).isInstanceOf(RecordNotFoundException.class);
		signInAs(Role.STAFF, hoanKiem);
		assertThatThrownBy(() -> conclusions.pdf(viewer(), plan)).isInstanceOf(RecordNotFoundException.class);

		// Staff of the unit see what concerns them only: the person found sees their finding and action.
		signInAs(testAccounts.createFor(person.id(), Role.STAFF, cuaNam), Role.STAFF, cuaNam);
		VisitView own = visits.view(viewer(), plan);
		assertThat(own.findings()).extracting(VisitView.Finding::id).containsExactly(finding);
		assertThat(own.actions()).hasSize(1);
		assertThat(own.conclusion()).isNull();
		assertThat(findings.evidence(viewer(), evidence).fileName()).isEqualTo("the.png");
		assertThatThrownBy(() -> conclusions.pdf(viewer(), plan)).isInstanceOf(RecordNotFoundException.class);
		long colleague = jdbc.sql("""
				select a.staff_id from staff.assignment a where a.unit_id = :u and a.valid_to is null
				  and a.staff_id <> :p limit 1""").param("u", cuaNam).param("p", person.id()).query(Long.class).single();
		signInAs(testAccounts.createFor(colleague, Role.STAFF, cuaNam), Role.STAFF, cuaNam);
		assertThat(visits.view(viewer(), plan).findings()).isEmpty();
		assertThat(visits.view(viewer(), plan).actions()).isEmpty();
		assertThatThrownBy(() -> findings.evidence(viewer(), evidence)).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void overdueCorrectiveActionsAreListedForTheUnitUntilAnOfficerRechecksThem() {
		long plan = startedVisit();
		visits.saveChecklist(viewer(), plan, visits.view(viewer(), plan).items().stream()
			.collect(Collectors.toMap(VisitView.Item::id, i -> ChecklistResult.COMPLIANT)), Map.of());
		long action = findings.requireAction(viewer(), plan, cuaNam, null, "Niêm yết lại đường dây nóng",
				LocalDate.now(clock).plusDays(5));
		conclusions.draft(viewer(), plan, "Cơ bản chấp hành tốt.");
		signInAs(leader, Role.INSPECTOR, null);
		conclusions.confirm(viewer(), plan);
		jdbc.sql("update conduct.corrective_action set due_on = :d where id = :id") // two weeks later
			.param("d", LocalDate.now(clock).minusDays(2)).param("id", action).update();

		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		assertThat(actions.inScope(viewer(), true)).filteredOn(a -> a.id() == action).singleElement()
			.satisfies(a -> assertThat(a.overdue()).isTrue());
		signInAs(Role.UNIT_HEAD, cuaNam);
		assertThat(actions.inScope(viewer(), false)).extracting(CorrectiveActionView::id).contains(action);
		assertThatThrownBy(() -> actions.recheck(viewer(), action, true, "")).isInstanceOf(RecordNotFoundException.class);
		signInAs(Role.UNIT_HEAD, hoanKiem);
		assertThat(actions.inScope(viewer(), false)).extracting(CorrectiveActionView::id).doesNotContain(action);

		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		actions.recheck(viewer(), action, true, "Đã niêm yết tại bộ phận một cửa");
		assertThat(actions.inScope(viewer(), true)).extracting(CorrectiveActionView::id).doesNotContain(action);
		assertThat(actions.ofPlan(plan)).singleElement().satisfies(a -> {
			assertThat(a.status()).isEqualTo(CorrectiveActionStatus.DONE);
			assertThat(a.recheckedOn()).isEqualTo(LocalDate.now(clock));
			assertThat(a.overdue()).isFalse();
		});
		assertThatThrownBy(() -> actions.recheck(viewer(), action, false, "")).hasMessage("action.alreadyRechecked");
	}
}
