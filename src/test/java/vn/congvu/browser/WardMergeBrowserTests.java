package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.evaluation.NewTask;
import vn.congvu.evaluation.TaskOrigin;
import vn.congvu.evaluation.Tasks;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.staff.Gender;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.NewStaffMember;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffManagement;

/**
 * A merge carries its world: two wards with people, an account, a desk and an open task are merged into a new ward
 * through the reorganisation page; its preview names what goes with them, and once recorded the people work in the
 * new ward in their posts (one head, the other head a deputy), the account sees the new ward, the desk serves it and
 * the task goes on there.
 */
class WardMergeBrowserTests extends BrowserTestSupport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired OrgUnitManagement unitManagement;
	@Autowired StaffManagement staffManagement;
	@Autowired ServicePoints servicePoints;
	@Autowired Tasks tasks;
	@Autowired Accounts accounts;
	@Autowired JdbcClient jdbc;

	private long person(String code, String name, long unit, String position, Leadership leadership, LocalDate from) {
		return staffManagement.create(Viewer.system(), new NewStaffMember(code, name, StaffCategory.CIVIL_SERVANT,
				Gender.FEMALE, LocalDate.of(1985, 3, 1), null, unit, position, leadership, from));
	}

	@Test
	void twoWardsMergeAndTheirPeopleAccountsDesksAndWorkFollow() {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = today.minusDays(90);
		long province = unitManagement.create(Viewer.system(), new NewOrgUnit("GM-T", "Tỉnh Hợp Nhất", OrgUnitType.PROVINCE,
				null, start));
		long river = unitManagement.create(Viewer.system(), new NewOrgUnit("GM-T1", "Phường Ven Sông", OrgUnitType.WARD,
				province, start));
		long dyke = unitManagement.create(Viewer.system(), new NewOrgUnit("GM-T2", "Phường Bờ Đê", OrgUnitType.WARD,
				province, start));
		long riverHead = person("GM-001", "Nguyễn Thị Mai", river, "Chủ tịch UBND phường", Leadership.HEAD, start);
		person("GM-002", "Trần Thị Bình", river, "Công chức Văn phòng – Thống kê", null, start);
		long dykeHead = person("GM-003", "Lê Thị Cúc", dyke, "Chủ tịch UBND phường", Leadership.HEAD, start);
		person("GM-004", "Phạm Thị Dung", dyke, "Công chức Tư pháp – Hộ tịch", null, start);
		String riverAccount = testAccounts.createFor(riverHead, Role.UNIT_HEAD, river);
		servicePoints.create(Viewer.system(), "GM-T1-Q1", "Bộ phận một cửa – quầy 1", river, null, false, start, null);
		long task = tasks.assign(Viewer.system(), new NewTask(dyke, "GM-004", List.of(), "Số hóa sổ hộ tịch năm 2020",
				"Sổ hộ tịch đã số hóa", null, TaskOrigin.DIRECTIVE, null, today.plusDays(20)));

		vn.congvu.WebSession riverHeadSession = new vn.congvu.WebSession(baseUrl());
		riverHeadSession.signIn(riverAccount, vn.congvu.TestAccounts.PASSWORD);
		org.assertj.core.api.Assertions.assertThat(riverHeadSession.get("/").statusCode()).isEqualTo(200);

		useViewport(390, 844);
		signIn(testAccounts.create(Role.ADMINISTRATOR, null));
		page.navigate(baseUrl() + "/units/reorganise");
		page.locator("input[name=kind][value=MERGE]").check();
		page.locator("#r-ending").selectOption(new String[] { "" + river, "" + dyke });
		page.locator("#r-code-0").fill("GM-T9");
		page.locator("#r-name-0").fill("Phường Sông Đê");
		page.locator("#r-type-0").selectOption("WARD");
		page.locator("#r-parent").selectOption("" + province);
		page.locator("#r-effective").fill(DAY.format(today));
		page.locator("#r-number").fill("99/NQ-UBTVQH");
		page.locator("#r-basis-date").fill(DAY.format(today.minusDays(10)));
		page.locator("button[name=step][value=preview]").click();
		assertThat(page.locator("#consequences")).containsText("2 người của Phường Ven Sông tiếp tục công tác ở Phường Sông Đê");
		assertThat(page.locator("#consequences")).containsText("1 thủ trưởng của Phường Bờ Đê thành cấp phó");
		assertThat(page.locator("#consequences")).containsText("GM-T1-Q1");
		assertThat(page.locator("#consequences")).containsText("1 nhiệm vụ đang làm của Phường Bờ Đê");
		assertThat(page.locator("#consequences")).containsText("1 tài khoản có phạm vi Phường Ven Sông");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
				"WardMerge-preview-390.png")).setFullPage(true));
		page.locator("#record-reorganisation").click();

		long merged = scopeUnits.byCode("GM-T9", today).id();
		page.navigate(baseUrl() + "/staff?unit=" + merged);
		for (String name : List.of("Nguyễn Thị Mai", "Trần Thị Bình", "Lê Thị Cúc", "Phạm Thị Dung")) {
			assertThat(page.locator("main")).containsText(name);
		}
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select leadership from staff.assignment where staff_id = :s and unit_id = :u""")
			.param("s", dykeHead).param("u", merged).query(String.class).single()).isEqualTo("DEPUTY");
		org.assertj.core.api.Assertions.assertThat(accounts.find(riverAccount).orElseThrow().scopeUnitId())
			.isEqualTo(merged);
		org.assertj.core.api.Assertions.assertThat(riverHeadSession.get("/").statusCode())
			.as("the session that held the old scope has ended").isEqualTo(302);
		page.navigate(baseUrl() + "/feedback/service-points");
		assertThat(page.locator("main")).containsText("Phường Sông Đê – Bộ phận một cửa – quầy 1");
		page.navigate(baseUrl() + "/evaluation/tasks/" + task);
		assertThat(page.locator("main")).containsText("Phường Sông Đê");
	}
}
