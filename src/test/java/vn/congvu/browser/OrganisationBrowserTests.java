package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.congvu.TestAccounts;
import vn.congvu.platform.Role;

/** Signing in, switching language, browsing the tree and a reorganised ward's history, in headless Chromium. */
class OrganisationBrowserTests extends BrowserTestSupport {

	@Test
	void signInRefusesAWrongPasswordInVietnameseThenLetsTheUserIn() {
		String user = testAccounts.create(Role.LEADER, null);
		page.navigate(baseUrl() + "/units");
		assertThat(page).hasURL(baseUrl() + "/login");
		assertThat(page.locator("h1")).hasText("Đăng nhập");
		page.locator("#username").fill(user);
		page.locator("#password").fill("not-the-password");
		page.locator("form button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
		page.locator("#username").fill(user);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Cơ quan, đơn vị"); // back to the page that asked for signing in
		assertThat(page.locator(".user")).containsText("Người dùng thử");
	}

	@Test
	void theLanguageSwitchesToEnglishAndBack() {
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.locator("#lang-en").click();
		assertThat(page.locator("h1")).hasText("My work");
		page.navigate(baseUrl() + "/units");
		assertThat(page.locator("h1")).hasText("Organisation units");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		page.navigate(baseUrl() + "/staff");
		assertThat(page.locator("h1")).hasText("Staff");
		page.locator("#lang-vi").click();
		assertThat(page.locator("h1")).hasText("Cán bộ, công chức, viên chức");
	}

	@Test
	void browsingTheTreeLeadsFromTheCityToAWard() {
		// a leader of Hà Nội: other tests add provinces of their own beside it, never units under it
		signIn(testAccounts.create(Role.LEADER, scopeUnits.byCode("01", java.time.LocalDate.of(2025, 7, 1)).id()));
		page.navigate(baseUrl() + "/units");
		Locator tree = page.locator("ul.tree");
		assertThat(tree.locator("li")).hasCount(5);
		for (String unit : new String[] { "Thành phố Hà Nội", "Phường Ba Đình", "Phường Hoàn Kiếm", "Phường Cửa Nam",
				"Phường Hồng Hà" }) {
			assertThat(tree).containsText(unit);
		}
		assertThat(tree).not().containsText("Phường Hàng Bạc"); // ended with the 2025 reform
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Thành phố Hà Nội"))
			.click();
		assertThat(page.locator("h1")).containsText("Thành phố Hà Nội");
		page.locator("section.card ul.plain").getByText("Phường Hồng Hà").click();
		assertThat(page.locator("h1")).containsText("Phường Hồng Hà");
		assertThat(page.locator("dl.facts")).containsText("00097");
		assertThat(page.locator("dl.facts")).containsText("01/07/2025");
	}

	@Test
	void aReorganisedWardShowsItsHistoryAndLineage() {
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/units");
		page.locator("ul.tree").getByText("Phường Hoàn Kiếm").click();
		Locator history = page.locator("#history");
		assertThat(history).containsText("Hình thành từ");
		assertThat(history.locator("tbody tr")).hasCount(13);
		assertThat(history.locator("tr", new Locator.LocatorOptions().setHasText("Phường Hàng Bạc"))).containsText("Toàn bộ");
		assertThat(history).containsText("1656/NQ-UBTVQH15 ngày 16/06/2025");
		history.getByText("Phường Hàng Trống").click();
		assertThat(page.locator("h1")).containsText("Phường Hàng Trống");
		assertThat(page.locator("h1")).containsText("Đã kết thúc");
		assertThat(page.locator("dl.facts")).containsText("30/06/2025");
		Locator successors = page.locator("#history table").last();
		assertThat(successors).containsText("Phường Hoàn Kiếm");
		assertThat(successors).containsText("Phường Cửa Nam");
		assertThat(successors).containsText("Một phần");
	}

	@Test
	void searchWithoutDiacriticsOnAPhoneFindsOldAndNewWards() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.INSPECTOR, null));
		page.navigate(baseUrl() + "/units");
		page.locator("#asOf").fill("30/06/2025");
		page.locator("#q").fill("hang bac");
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.locator("#results li")).hasCount(1);
		assertThat(page.locator("#results")).containsText("Phường Hàng Bạc");
		page.locator("#asOf").fill("sai ngày");
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("không phải ngày hợp lệ");
	}

	@Test
	void staffSearchIgnoresDiacriticsAndTheWardOnlySeesItsOwn() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.UNIT_HEAD, null));
		page.navigate(baseUrl() + "/staff");
		page.locator("#q").fill("nguyen van");
		assertThat(page.locator("#results tbody tr").first()).containsText("Nguyễn Văn");
		for (String name : page.locator("#results tbody tr td:first-child").allInnerTexts()) {
			org.assertj.core.api.Assertions.assertThat(name).startsWith("Nguyễn Văn");
		}
	}
}
