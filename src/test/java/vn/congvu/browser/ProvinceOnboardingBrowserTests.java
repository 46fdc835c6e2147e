package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.congvu.orgunit.UnitImportIntegrationTests;
import vn.congvu.platform.Role;

/**
 * A province from spreadsheets, as an administrator does it on a phone: the units workbook is checked and previewed,
 * then created in one confirmation; the heads of the new province get their accounts in one step and the sheet of
 * first passwords is shown once; a head signs in with it and is taken to choose their own password.
 */
class ProvinceOnboardingBrowserTests extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired vn.congvu.staff.StaffManagement staffManagement;

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

	@Test
	void aProvinceArrivesFromAWorkbookAndItsHeadsSignIn() throws Exception {
		useViewport(390, 844);
		LocalDate day = LocalDate.of(2025, 7, 2); // after the demo's reform day, which other tests count on
		byte[] units = UnitImportIntegrationTests.workbook(
				new Object[] { "T61", "Tỉnh Sông Núi", "Tỉnh, thành phố", "", "000.00.00.T61", day },
				new Object[] { "T6101", "Phường Bến Đò", "Phường", "T61", "", day },
				new Object[] { "T6102", "Xã Đồi Chè", "Xã", "T61", "", day },
				new Object[] { "T6111", "Sở Nội vụ tỉnh Sông Núi", "Sở, ban, ngành", "T61", "000.00.11.T61", day });
		signIn(testAccounts.create(Role.ADMINISTRATOR, null));
		page.navigate(baseUrl() + "/units/import");
		page.locator("#file").setInputFiles(new FilePayload("tinh-song-nui.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", units));
		page.locator("#import-form button[type=submit]").click();
		assertThat(page.locator("#import-preview")).containsText("4");
		assertThat(page.locator("#kind-counts")).containsText("Xã: 1");
		shot("ProvinceOnboarding-preview-390");
		page.locator("#confirm-form button[type=submit]").click();
		assertThat(page.locator("#units-imported")).containsText("4");

		long province = scopeUnits.byCode("T61", day).id();
		for (String code : new String[] { "T6101", "T6102" }) { // each commune-level unit gets its head
			long unit = scopeUnits.byCode(code, day).id();
			staffManagement.create(vn.congvu.platform.Viewer.system(), new vn.congvu.staff.NewStaffMember(
					"SN" + code, "Chủ tịch " + code, vn.congvu.staff.StaffCategory.CIVIL_SERVANT,
					vn.congvu.staff.Gender.FEMALE, LocalDate.of(1980, 5, 1), null, unit, "Chủ tịch UBND",
					vn.congvu.staff.Leadership.HEAD, day));
		}
		page.navigate(baseUrl() + "/staff/accounts?unit=" + province + "&headsOnly=true");
		assertThat(page.locator("#candidates")).containsText("2");
		page.locator("#issue-form button[type=submit]").click();
		assertThat(page.locator("#sheet-once")).isVisible();
		assertThat(page.locator(".sheet-card")).hasCount(2);
		String username = page.locator(".sheet-card dd.mono").first().textContent().strip();
		String password = page.locator(".first-password").first().textContent().strip();
		shot("ProvinceOnboarding-sheet-390");
		page.navigate(baseUrl() + "/staff/accounts?unit=" + province + "&headsOnly=true");
		assertThat(page.locator("#candidates")).containsText("Mọi người ở đây đã có tài khoản");

		context.clearCookies();
		page.navigate(baseUrl() + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator(".login-box form button[type=submit]").click();
		assertThat(page.locator("#password-first")).isVisible();
		org.assertj.core.api.Assertions.assertThat(seriousAccessibilityFindings()).isEmpty();
	}
}
