package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Role;

/**
 * A monthly close that fails (here: the heap runs out) tells its owner why on the progress page, on a phone, and
 * "Chạy lại" leads back to the page that closes the month again.
 */
class FailedJobBrowserTests extends BrowserTestSupport {

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedCloseSaysWhyAndOffersToRunItAgain() {
		long cuaNam = jdbc.sql("select id from orgunit.org_unit where code = '00082' and valid_to is null")
			.query(Long.class).single();
		String officer = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		signInAs(officer, Role.HOME_AFFAIRS_OFFICER, null);
		YearMonth month = YearMonth.now(clock).minusMonths(1);
		UUID job = jobs.start(viewer(), "evaluation.close",
				"/evaluation/units/" + cuaNam + "/calibration?month=" + month, progress -> {
					progress.update(40, 100);
					throw new OutOfMemoryError("Java heap space");
				});
		signOut();

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(officer);
		page.navigate(baseUrl() + "/evaluation/close/" + job);
		assertThat(page.locator("#progress .alert.error")).containsText("cần nhiều bộ nhớ hơn máy chủ hiện có");
		assertThat(page.locator("#progress .alert.error")).containsText("không có dữ liệu nào được ghi");
		assertThat(page.locator("#progress .alert.error")).containsText("Mã tham chiếu: " + job);
		assertThat(page.locator("body")).not().containsText("Java heap space");
		assertThat(seriousAccessibilityFindings()).isEmpty();
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "FailedJob-progress-page.png")).setFullPage(true));
		page.getByText("Chạy lại").click();
		page.waitForURL(url -> url.contains("/evaluation/units/" + cuaNam + "/calibration"));
		assertThat(page.locator("#close-form")).isVisible();
	}
}
