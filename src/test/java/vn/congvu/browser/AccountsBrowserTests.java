package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;

/**
 * An administrator creates an editor's account for a ward by the ward's name (a missing role first), hands over the
 * password shown once; the editor signs in and changes it; the administrator disables the account.
 */
class AccountsBrowserTests extends BrowserTestSupport {

	@Autowired OrgUnitQueries units;

	@Test
	void anAdministratorSetsUpAnAccountAndItsUserChangesThePassword() {
		long cuaNam = units.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		signIn(testAccounts.create(Role.ADMINISTRATOR, null));
		page.navigate(baseUrl() + "/admin/accounts");
		page.locator("#acc-username").fill("bt.cuanam");
		page.locator("#acc-name").fill("Lê Thị Mai Anh");
		page.locator("#acc-scope").selectOption(String.valueOf(cuaNam));
		page.locator("#acc-role").evaluate("select => select.removeAttribute('required')");
		page.locator("#account-form button[type=submit]").click();
		assertThat(page.locator("#account-error")).containsText("vai trò");
		assertThat(page.locator("#acc-username")).hasValue("bt.cuanam");
		page.locator("#acc-role").selectOption(new SelectOption().setLabel("Biên tập viên cổng thông tin"));
		page.locator("#account-form button[type=submit]").click();
		assertThat(page.locator("#one-time-password")).containsText("bt.cuanam");
		String password = page.locator("#one-time-password code").textContent().strip();
		assertThat(page.locator("#accounts")).containsText("Phường Cửa Nam");
		String row = "#accounts tr:has(td:text-is('bt.cuanam'))";
		assertThat(page.locator(row)).containsText("Lê Thị Mai Anh");

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/login");
		page.locator("#username").fill("bt.cuanam");
		page.locator("#password").fill(password);
		page.locator(".login-box form button[type=submit]").click();
		page.navigate(baseUrl() + "/account/password");
		page.locator("#pw-current").fill(password);
		page.locator("#pw-next").fill("mot cum tu de nho");
		page.locator("#pw-repeat").fill("mot cum tu khac");
		page.locator("#password-form button").click();
		assertThat(page.locator("#password-error")).containsText("không khớp");
		page.locator("#pw-current").fill(password);
		page.locator("#pw-next").fill("mot cum tu de nho");
		page.locator("#pw-repeat").fill("mot cum tu de nho");
		page.locator("#password-form button").click();
		assertThat(page.locator("#password-changed")).isVisible();

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.ADMINISTRATOR, null));
		page.navigate(baseUrl() + "/admin/accounts");
		page.locator(row + " form[action$='/enabled'] button").click();
		assertThat(page.locator(row)).containsText("Đã khóa sử dụng");
		useViewport(1280, 900);
		page.navigate(baseUrl() + "/login");
		page.locator("#username").fill("bt.cuanam");
		page.locator("#password").fill("mot cum tu de nho");
		page.locator(".login-box form button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
	}
}
