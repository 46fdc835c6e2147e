package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congvu.platform.DatabaseOutages;

/** What a citizen sees on a phone while the database is out of reach, and once it is back: no restart needed. */
class DatabaseOutageBrowserTests extends BrowserTestSupport {

	@Autowired ApplicationContext applicationContext;

	@Test
	void aCitizenSeesTheTemporaryOutagePageThenTheNewsAgain() throws Exception {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		try (AutoCloseable outage = DatabaseOutages.begin(applicationContext)) {
			Response during = page.navigate(baseUrl() + "/public/news");
			org.assertj.core.api.Assertions.assertThat(during.status()).isEqualTo(503);
			assertThat(page.locator("h1")).hasText("Hệ thống tạm gián đoạn");
			assertThat(page.locator("main")).containsText("thử lại sau 5 giây");
			page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target", "screenshots", "database-outage-503.png")));
		}
		org.awaitility.Awaitility.await("the news again, no restart").atMost(java.time.Duration.ofSeconds(60))
			.pollInterval(java.time.Duration.ofMillis(250))
			.until(() -> page.navigate(baseUrl() + "/public/news").status() == 200);
		assertThat(page.locator("h1")).not().hasText("Hệ thống tạm gián đoạn");
		org.assertj.core.api.Assertions.assertThat(page.navigate(baseUrl() + "/public/sites").status()).isEqualTo(200);
	}
}
