package vn.congvu.conduct.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/** Inspection plans: the team's members never inspect their own unit; a surprise stays hidden until it starts. */
class InspectionsIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	InspectionTeams teams;

	@Autowired
	Inspections inspections;

	@Autowired
	OrgUnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	private long team(String name) {
		return jdbc.sql("select id from conduct.inspection_team where name = :n").param("n", name).query(Long.class)
			.single();
	}

	/** An inspector account of a member (not the leader) of the first demo team. */
	private String teamOneInspector() {
		long team = team("Đoàn kiểm tra công vụ số 1");
		long member = jdbc.sql("""
				select min(m.staff_id) from conduct.team_member m join conduct.inspection_team t on t.id = m.team_id
				where t.id = :team and m.staff_id <> t.leader_id""").param("team", team).query(Long.class).single();
		return testAccounts.createFor(member, Role.INSPECTOR, null);
	}

	@Test
	void anInspectorSeesOnlyTheirOwnTeamsPlans() {
		signInAs(teamOneInspector(), Role.INSPECTOR, null);
		List<InspectionPlanView> own = inspections.plans(viewer());
		assertThat(own).isNotEmpty().allSatisfy(p -> assertThat(p.teamName()).isEqualTo("Đoàn kiểm tra công vụ số 1"));
		signInAs(testAccounts.create(Role.INSPECTOR, null), Role.INSPECTOR, null); // in no team
		assertThat(inspections.plans(viewer())).isEmpty();
		assertThat(inspections.count(viewer())).isZero();
		assertThatThrownBy(() -> inspections.find(viewer(), own.get(0).id())).isInstanceOf(RecordNotFoundException.class);
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		assertThat(inspections.plans(viewer())).extracting(InspectionPlanView::teamName)
			.contains("Đoàn kiểm tra công vụ số 1", "Đoàn kiểm tra công vụ số 2");
	}

	@Test
	void aSurprisePlanIsInvisibleToTheInspectedUnitUntilTheVisitStarts() {
		long cuaNam = units.byCode("00082", REFORM).id();
		long hanoi = units.byCode("01", REFORM).id();
		String inspector = teamOneInspector();
		signInAs(inspector, Role.INSPECTOR, hanoi);
		long plan = inspections.plan(viewer(), team("Đoàn kiểm tra công vụ số 1"), cuaNam, InspectionKind.SURPRISE,
				"Kiểm tra đột xuất giờ làm việc", LocalDate.now(clock).plusDays(2));
		assertThat(inspections.plans(viewer())).extracting(InspectionPlanView::id).contains(plan);

		signInAs(Role.UNIT_HEAD, cuaNam);
		long seenBefore = inspections.count(viewer());
		assertThat(inspections.plans(viewer())).extracting(InspectionPlanView::id).doesNotContain(plan);
		assertThat(inspections.plans(viewer())).allSatisfy(p -> assertThat(p.kind() == InspectionKind.REGULAR || p.started())
			.isTrue());
		assertThatThrownBy(() -> inspections.find(viewer(), plan)).isInstanceOf(RecordNotFoundException.class);
		assertThat(inspections.count(viewer())).isEqualTo(inspections.plans(viewer()).size());

		signInAs(inspector, Role.INSPECTOR, hanoi);
		inspections.start(viewer(), plan);
		signInAs(Role.UNIT_HEAD, cuaNam);
		assertThat(inspections.find(viewer(), plan).started()).isTrue();
		assertThat(inspections.count(viewer())).isEqualTo(seenBefore + 1);
	}

	@Test
	void theSurpriseIsNotOnTheUnitsPageEither() {
		long cuaNam = units.byCode("00082", REFORM).id();
		WebSession head = new WebSession(baseUrl());
		head.signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam), TestAccounts.PASSWORD);
		String page = head.get("/conduct/inspections").body();
		assertThat(page).contains("Giờ giấc làm việc, trang phục, thẻ công chức")
			.doesNotContain("Thái độ phục vụ tại bộ phận một cửa");
		WebSession inspector = new WebSession(baseUrl());
		inspector.signIn(teamOneInspector(), TestAccounts.PASSWORD);
		assertThat(inspector.get("/conduct/inspections").body()).contains("Thái độ phục vụ tại bộ phận một cửa");
	}

	@Test
	void aTeamNeverInspectsItsMembersOwnUnitNorAPastDateNorAnUncoveredUnit() {
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		long hoanKiem = units.byCode("00070", REFORM).id();
		long cuaNam = units.byCode("00082", REFORM).id();
		long team3 = team("Đoàn kiểm tra công vụ số 3"); // led by someone now working in Hồng Hà
		long hongHa = units.byCode("00097", REFORM).id();
		long team2 = team("Đoàn kiểm tra công vụ số 2"); // its leader works in Cửa Nam
		jdbc.sql("insert into conduct.team_coverage values (:team, :unit)").param("team", team2).param("unit", cuaNam)
			.update();
		assertThatThrownBy(() -> inspections.plan(viewer(), team2, cuaNam, InspectionKind.REGULAR, "Tự kiểm tra",
				LocalDate.now(clock).plusDays(5))).isInstanceOf(InvalidInputException.class)
			.hasMessage("inspection.memberOfInspectedUnit");
		assertThatThrownBy(() -> inspections.plan(viewer(), team3, hongHa, InspectionKind.REGULAR, "Không phụ trách",
				LocalDate.now(clock).plusDays(5))).hasMessage("inspection.unitNotCovered");
		assertThatThrownBy(() -> inspections.plan(viewer(), team3, hoanKiem, InspectionKind.REGULAR, "Ngày đã qua",
				LocalDate.now(clock).minusDays(1))).hasMessage("inspection.dateInPast");
		assertThatThrownBy(() -> inspections.plan(viewer(), team3, hoanKiem, InspectionKind.REGULAR, " ",
				LocalDate.now(clock).plusDays(1))).hasMessage("inspection.titleRequired");
		List<InspectionPlanView> plans = inspections.plans(viewer());
		assertThat(plans).noneSatisfy(p -> assertThat(p.title()).isIn("Tự kiểm tra", "Không phụ trách", "Ngày đã qua"));
	}

	@Test
	void aPlanNotYetStartedCanChangeItsTitleAndDayUnderThePlanningRules() {
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		long hoanKiem = units.byCode("00070", REFORM).id();
		long team3 = team("Đoàn kiểm tra công vụ số 3");
		LocalDate today = LocalDate.now(clock);
		long id = inspections.plan(viewer(), team3, hoanKiem, InspectionKind.REGULAR, "Kiểm tra giờ giấc lần đầu",
				today.plusDays(20));
		inspections.reschedule(viewer(), id, "Kiểm tra giờ giấc và trang phục", today.plusDays(9));
		InspectionPlanView changed = inspections.find(viewer(), id);
		assertThat(changed.title()).isEqualTo("Kiểm tra giờ giấc và trang phục");
		assertThat(changed.plannedOn()).isEqualTo(today.plusDays(9));
		assertThatThrownBy(() -> inspections.reschedule(viewer(), id, "Lùi về quá khứ", today.minusDays(1)))
			.hasMessage("inspection.dateInPast");
		assertThatThrownBy(() -> inspections.reschedule(viewer(), id, " ", today.plusDays(3)))
			.hasMessage("inspection.titleRequired");
		inspections.cancel(viewer(), id, "Trùng lịch họp của phường, sẽ lập kế hoạch khác");
		assertThatThrownBy(() -> inspections.reschedule(viewer(), id, "Sau khi hủy", today.plusDays(3)))
			.hasMessage("inspection.cannotChange");
		assertThat(inspections.find(viewer(), id).title()).isEqualTo("Kiểm tra giờ giấc và trang phục");
		assertThat(jdbc.sql("""
				select action from platform.audit_entry where entity_type = 'inspectionPlan' and entity_id = :id
				order by id""").param("id", String.valueOf(id)).query(String.class).list())
			.containsExactly("inspection.plan", "inspection.reschedule", "inspection.cancel");
	}

	@Test
	void homeAffairsSetsUpATeamByStaffCodesAndBadInputIsExplained() {
		long hongHa = units.byCode("00097", REFORM).id();
		WebSession officer = new WebSession(baseUrl());
		officer.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		String page = officer.get("/conduct/teams").body();
		assertThat(page).contains("Đoàn kiểm tra công vụ số 1", "Thành lập đoàn kiểm tra");
		officer.postForm("/conduct/teams", "/conduct/teams", "name", "Đoàn thử nghiệm", "leaderCode", "HK00005",
				"memberCodes", "HK00006, KHONGCO", "unitIds", String.valueOf(hongHa));
		assertThat(officer.get("/conduct/teams").body()).contains("Không có cán bộ mã “KHONGCO”.")
			.as("the refused form is shown again as typed").contains("value=\"Đoàn thử nghiệm\"");
		assertThat(jdbc.sql("select count(*) from conduct.inspection_team where name = 'Đoàn thử nghiệm'")
			.query(Long.class).single()).as("nothing written").isZero();
		officer.postForm("/conduct/teams", "/conduct/teams", "name", "Đoàn thử nghiệm", "leaderCode", "HK00005",
				"memberCodes", "HK00006");
		assertThat(officer.get("/conduct/teams").body()).contains("Hãy chọn ít nhất một đơn vị đoàn phụ trách.");
		officer.postForm("/conduct/teams", "/conduct/teams", "name", "Đoàn thử nghiệm", "leaderCode", "HK00005",
				"memberCodes", "HK00006 HK00007", "unitIds", String.valueOf(hongHa));
		assertThat(jdbc.sql("""
				select count(*) from conduct.team_member m join conduct.inspection_team t on t.id = m.team_id
				where t.name = 'Đoàn thử nghiệm'""").query(Long.class).single()).isEqualTo(3);
		assertThat(officer.get("/conduct/teams").body()).contains("Đoàn thử nghiệm", "Phường Hồng Hà");

		long team = team("Đoàn thử nghiệm");
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		long leader = jdbc.sql("select leader_id from conduct.inspection_team where id = :t").param("t", team)
			.query(Long.class).single();
		long member = jdbc.sql("select id from staff.staff_member where staff_code = 'HK00006'").query(Long.class)
			.single();
		assertThatThrownBy(() -> teams.removeMember(viewer(), team, leader)).hasMessage("team.leaderStays");
		assertThatThrownBy(() -> teams.addMember(viewer(), team, member)).hasMessage("team.alreadyMember");
		teams.removeMember(viewer(), team, member);
		assertThat(teams.details(viewer())).filteredOn(t -> t.id() == team).singleElement()
			.satisfies(t -> assertThat(t.members()).extracting(InspectionTeams.Member::staffCode)
				.containsExactlyInAnyOrder("HK00005", "HK00007"));
		officer.postForm("/conduct/teams/" + team + "/members", "/conduct/teams", "staffCode", "HK00006");
		assertThat(teams.details(viewer())).filteredOn(t -> t.id() == team).singleElement()
			.satisfies(t -> assertThat(t.members()).hasSize(3));
		officer.postForm("/conduct/teams/" + team + "/end", "/conduct/teams");
		assertThat(teams.forPlanning(viewer())).extracting(InspectionTeams.TeamView::name).doesNotContain("Đoàn thử nghiệm");
		assertThat(officer.get("/conduct/teams").body()).doesNotContain("Đoàn thử nghiệm");
		assertThat(jdbc.sql("""
				select action from platform.audit_entry where entity_type = 'inspectionTeam' and entity_id = :id
				order by id""").param("id", String.valueOf(team)).query(String.class).list())
			.containsExactly("inspectionTeam.create", "inspectionTeam.removeMember", "inspectionTeam.addMember",
					"inspectionTeam.end");
		WebSession head = new WebSession(baseUrl());
		head.signIn(testAccounts.create(Role.UNIT_HEAD, hongHa), TestAccounts.PASSWORD);
		assertThat(head.get("/conduct/teams").statusCode()).isEqualTo(403);
	}
}
