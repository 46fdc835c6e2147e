package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.conduct.inspections.InspectionKind;
import vn.congvu.conduct.inspections.InspectionTeams;
import vn.congvu.conduct.inspections.Inspections;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.feedback.CommentModeration;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.feedback.SatisfactionQueries;
import vn.congvu.orgunit.Lineage;
import vn.congvu.orgunit.LineageView;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffImport;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * One regression test per permission hole and missing server-side limit found on the wave-1 product: each failed
 * before the request viewer was enforced in the modules, and passes now. Rights are asserted on the module facades
 * (whoever calls them) and, where a page offered the hole, over HTTP.
 */
class TrustRegressionIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired StaffImport staffImport;
	@Autowired StaffQueries staff;
	@Autowired Violations violations;
	@Autowired CommentModeration moderation;
	@Autowired SatisfactionQueries satisfaction;
	@Autowired HarassmentReports reports;
	@Autowired Inspections inspections;
	@Autowired InspectionTeams teams;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	private long ward(String code) {
		return units.byCode(code, REFORM).id();
	}

	@Test
	void aStaffMemberMayNotImportStaffNorOpenTheImportPage() {
		long cuaNam = ward("00082");
		signInAs(Role.STAFF, cuaNam);
		assertThatThrownBy(() -> staffImport.start(viewer(), new byte[] { 'P', 'K', 3, 4 }))
			.isInstanceOf(NotPermittedException.class);
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.STAFF, cuaNam), TestAccounts.PASSWORD);
		assertThat(web.get("/staff/import").statusCode()).isEqualTo(403);
		assertThat(web.get("/staff").body()).doesNotContain("href=\"/staff/import\"");
	}

	@Test
	void birthDatesReachOnlyThoseWhoManageStaff() {
		long cuaNam = ward("00082");
		signInAs(Role.STAFF, cuaNam);
		assertThat(staff.page(viewer(), StaffFilter.asOf(LocalDate.now(clock)), 0, 50).rows())
			.extracting(StaffRow::birthDate).containsOnlyNulls();
		signInAs(Role.HOME_AFFAIRS_OFFICER, cuaNam);
		assertThat(staff.page(viewer(), StaffFilter.asOf(LocalDate.now(clock)), 0, 50).rows())
			.extracting(StaffRow::birthDate).doesNotContainNull();
	}

	@Test
	void onlyThePersonConcernedOrTheHeadExplainsAndTheAuditKeepsTheEarlierText() {
		long cuaNam = ward("00082");
		long person = staff.page(scoped(cuaNam), StaffFilter.asOf(LocalDate.now(clock)), 0, 1).rows().get(0).id();
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		long id = violations.record(viewer(), new NewViolation(cuaNam, person, null, ViolationSeverity.MINOR,
				"Đến muộn không lý do", "MANUAL", null, LocalDate.now(clock)));
		violations.askExplanation(viewer(), id, LocalDate.now(clock).plusDays(3));
		assertThatThrownBy(() -> violations.explain(viewer(), id, "Viết hộ"))
			.isInstanceOf(NotPermittedException.class).hasMessage("violation.notYoursToExplain");
		assertThatThrownBy(() -> violations.explain(asStaff(person), id, "x".repeat(5_001)))
			.isInstanceOf(InvalidInputException.class).hasMessage("error.tooLong");
		assertThatThrownBy(() -> violations.explain(asStaff(person), id, "Kẹt xe\u0000"))
			.hasMessage("error.controlCharacters");
		violations.explain(asStaff(person), id, "Xe hỏng trên đường");
		violations.explain(asStaff(person), id, "Xe hỏng trên đường Hàng Bài");
		Violations.ViolationView seen = violations.findVisible(viewer(), id);
		assertThat(seen.explanation()).isEqualTo("Xe hỏng trên đường Hàng Bài");
		assertThat(seen.explainedBy()).isEqualTo("test-staff-" + person);
		assertThat(seen.explainedAt()).isNotNull();
		assertThat(jdbc.sql("""
				select before_state from platform.audit_entry where action = 'violation.explain' and entity_id = :id
				order by id desc limit 1""").param("id", String.valueOf(id)).query(String.class).single())
			.contains("Xe hỏng trên đường");
	}

	@Test
	void aDismissalNeedsAReasonAndAConfirmation() {
		long cuaNam = ward("00082");
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		long id = violations.record(viewer(), new NewViolation(cuaNam, null, null, ViolationSeverity.MINOR,
				"Không niêm yết thủ tục", "MANUAL", null, LocalDate.now(clock)));
		assertThatThrownBy(() -> violations.dismiss(viewer(), id, "", true))
			.hasMessage("violation.dismissReasonRequired");
		assertThatThrownBy(() -> violations.dismiss(viewer(), id, "Đã niêm yết từ trước, ảnh chụp nhầm", false))
			.hasMessage("violation.dismissNotConfirmed");
		violations.dismiss(viewer(), id, "Đã niêm yết từ trước, ảnh chụp nhầm", true);
		assertThat(violations.findVisible(viewer(), id).status().name()).isEqualTo("DISMISSED");
	}

	@Test
	void aUnitHeadMayNotHideCommentsAboutTheUnitAndOfficersAreNamedWithTheirReason() {
		long cuaNam = ward("00082");
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		SatisfactionQueries.CommentRow comment = satisfaction.comments(scoped(cuaNam), REFORM,
				LocalDate.now(clock), 1).get(0);
		UUID id = comment.id();
		assertThatThrownBy(() -> moderation.setHidden(headOf(cuaNam), id, true, "Không thích góp ý này"))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> moderation.setHidden(viewer(), id, true, "khong"))
			.hasMessage("moderation.reasonRequired");
		moderation.setHidden(viewer(), id, true, "Lời lẽ xúc phạm cá nhân công chức");
		assertThat(satisfaction.comments(scoped(cuaNam), REFORM, LocalDate.now(clock), 50))
			.filteredOn(c -> c.id().equals(id)).singleElement().satisfies(c -> {
				assertThat(c.commentHidden()).isTrue();
				assertThat(c.moderatedBy()).isEqualTo("test-home_affairs_officer");
				assertThat(c.moderationReason()).isEqualTo("Lời lẽ xúc phạm cá nhân công chức");
			});
		moderation.setHidden(viewer(), id, false, "Xem lại: góp ý có căn cứ");
	}

	@Test
	void nobodyAssignsAReportToThemselvesAndTheAssignerIsRecorded() {
		long cuaNam = ward("00082");
		long hoanKiem = ward("00070");
		long reportId = jdbc.sql("select id from feedback.report where status = 'RECEIVED' order by id limit 1")
			.query(Long.class).optional().orElseGet(() -> fileReport(cuaNam));
		String other = testAccounts.create(Role.INSPECTOR, null);
		signInAs(Role.INSPECTOR, null);
		assertThatThrownBy(() -> reports.assign(viewer(), reportId, hoanKiem, "test-inspector"))
			.isInstanceOf(NotPermittedException.class);
		signInAs("test-leader", Role.LEADER, null);
		assertThatThrownBy(() -> reports.assign(viewer(), reportId, hoanKiem, "test-leader"))
			.hasMessage("report.selfAssignment");
		long handling = reports.find(viewer(), reportId).unitId() == hoanKiem ? cuaNam : hoanKiem;
		reports.assign(viewer(), reportId, handling, other);
		assertThat(reports.find(viewer(), reportId).assignedBy()).isEqualTo("test-leader");
		assertThat(reports.find(viewer(), reportId).reporterName()).isNull();
	}

	private long fileReport(long unit) {
		return jdbc.sql("""
				insert into feedback.report (tracking_code, unit_id, kind, occurred_on, description, anonymous, status,
				    due_on, received_at) values ('PA-TRUST001', :unit, 'EXTRA_DOCUMENTS', :day,
				    'Yêu cầu giấy tờ ngoài quy định', true, 'RECEIVED', :due, now()) returning id""")
			.param("unit", unit).param("day", LocalDate.now(clock)).param("due", LocalDate.now(clock).plusDays(15))
			.query(Long.class).single();
	}

	@Test
	void plansStayWithinAYearAreStoredOnceStartOnTheirDayAndCanBeCancelled() {
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		InspectionTeams.CoveredUnit team = teams.coverage(viewer()).get(0); // a team and a unit it covers
		long unit = team.unitId();
		LocalDate today = LocalDate.now(clock);
		assertThatThrownBy(() -> inspections.plan(viewer(), team.teamId(), unit, InspectionKind.REGULAR, "Năm 2099",
				LocalDate.of(2099, 1, 1))).hasMessage("inspection.dateTooFar");
		long plan = inspections.plan(viewer(), team.teamId(), unit, InspectionKind.REGULAR, "Kiểm tra lặp", today.plusDays(9));
		assertThatThrownBy(() -> inspections.plan(viewer(), team.teamId(), unit, InspectionKind.REGULAR, "Kiểm tra lặp",
				today.plusDays(9))).hasMessage("inspection.duplicate");
		
		assertThatThrownBy(() -> inspections.cancel(viewer(), plan, "vì")).hasMessage("inspection.cancelReasonRequired");
		inspections.cancel(viewer(), plan, "Đoàn đi kiểm tra đột xuất phường khác");
		assertThat(inspections.find(viewer(), plan).cancelled()).isTrue();
		assertThatThrownBy(() -> inspections.start(Viewer.system(), plan)).hasMessage("inspection.cancelled");
	}

	@Test
	void anInspectorPlansOnlyForTheTeamsTheyBelongTo() {
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		InspectionTeams.CoveredUnit team = teams.coverage(viewer()).get(0); // a team and a unit it covers
		long unit = team.unitId();
		signInAs(Role.INSPECTOR, null); // an inspector whose account is linked to nobody: in no team
		assertThat(teams.forPlanning(viewer())).isEmpty();
		assertThatThrownBy(() -> inspections.plan(viewer(), team.teamId(), unit, InspectionKind.REGULAR, "Ngoài đoàn",
				LocalDate.now(clock).plusDays(2))).isInstanceOf(NotPermittedException.class);
	}

	@Test
	void lineageLinksOutsideTheScopeAreNotOffered() {
		long hoanKiem = ward("00070");
		Lineage lineage = units.lineage(scoped(hoanKiem), hoanKiem);
		assertThat(lineage.predecessors()).isNotEmpty().allSatisfy(e -> assertThat(e.linkable()).isFalse());
		assertThat(units.lineage(hoanKiem).predecessors()).extracting(LineageView::linkable).containsOnly(true);
	}

	@Test
	void navigationOffersOnlyWhatTheViewerMayOpen() {
		long cuaNam = ward("00082");
		WebSession staffMember = new WebSession(baseUrl());
		staffMember.signIn(testAccounts.create(Role.STAFF, cuaNam), TestAccounts.PASSWORD);
		HttpResponse<String> codes = staffMember.get("/conduct/codes");
		assertThat(codes.body()).doesNotContain("href=\"/conduct/rules\"", "href=\"/feedback\"",
				"href=\"/conduct/dashboard\"", "href=\"/conduct/cases\"");
		assertThat(staffMember.get("/conduct/rules").statusCode()).isEqualTo(403);
		WebSession head = new WebSession(baseUrl());
		head.signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam), TestAccounts.PASSWORD);
		assertThat(head.get("/feedback").body()).doesNotContain("href=\"/feedback/reports\"");
		WebSession inspector = new WebSession(baseUrl());
		inspector.signIn(testAccounts.create(Role.INSPECTOR, null), TestAccounts.PASSWORD);
		assertThat(inspector.get("/feedback").body()).doesNotContain("href=\"/feedback/service-points\"");
	}

	@Test
	void aStrangerTryingPasswordsCannotTellALockedAccountFromAnUnknownName() {
		String user = testAccounts.create(Role.STAFF, null);
		WebSession web = new WebSession(baseUrl());
		for (int i = 0; i < 6; i++) { // one more than the five failures that lock an account
			web.signIn(user, "sai-mat-khau-" + i);
		}
		assertThat(web.signIn(user, "sai-mat-khau").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?error"));
		assertThat(web.signIn("khong-ton-tai-" + user, "sai-mat-khau").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
	}

	@Test
	void theSessionCookieIsSecureBehindAnHttpsProxy() {
		WebSession web = new WebSession(baseUrl());
		HttpResponse<String> proxied = web.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(baseUrl() + "/login")).header("X-Forwarded-Proto", "https").GET().build());
		assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=").containsIgnoringCase("; Secure"));
		HttpResponse<String> plain = new WebSession(baseUrl()).get("/login");
		assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie)
			.doesNotContainIgnoringCase("; Secure"));
	}

	@Test
	void aFormSentTwiceWithItsTokenStoresOneRecord() {
		long cuaNam = ward("00082");
		WebSession officer = new WebSession(baseUrl());
		officer.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		String page = officer.get("/conduct/violations").body();
		String form = page.substring(page.indexOf("id=\"record\""));
		java.util.regex.Matcher once = java.util.regex.Pattern.compile("name=\"_once\" value=\"([^\"]+)\"").matcher(form);
		assertThat(once.find()).as("the form carries a one-time token").isTrue();
		String description = "Gửi hai lần " + UUID.randomUUID();
		for (int i = 0; i < 2; i++) { // a double click: the same form, the same token
			officer.postForm("/conduct/violations", "/conduct/violations", "_once", once.group(1), "unitId",
					String.valueOf(cuaNam), "severity", "MINOR", "description", description, "occurredOn",
					vn.congvu.shared.VietnameseDates.format(LocalDate.now(clock)));
		}
		assertThat(jdbc.sql("select count(*) from conduct.violation where description = :d").param("d", description)
			.query(Long.class).single()).isEqualTo(1);
	}
}
