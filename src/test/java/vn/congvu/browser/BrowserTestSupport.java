package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;

/** A fresh browser context per test; a screenshot of the last page is kept under target/screenshots. */
abstract class BrowserTestSupport extends IntegrationTestSupport {

	static final int PHONE_WIDTH = 390;
	static final int PHONE_HEIGHT = 844;

	protected BrowserContext context;
	protected Page page;
	private String testName;

	@BeforeEach
	void openBrowser(TestInfo info) {
		testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
		useViewport(1280, 900);
	}

	/** Starts a new context with the given viewport (phone-sized where users would use a phone). */
	protected void useViewport(int width, int height) {
		if (context != null) {
			context.close();
		}
		context = Browsers.chromium().newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setLocale("en-US")); // the browser asks for English; Congvu must still answer in Vietnamese
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		if (page != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", testName + ".png"))
				.setFullPage(true));
		}
		if (context != null) {
			context.close();
			context = null;
		}
	}

	protected void signIn(String username) {
		page.navigate(baseUrl() + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator(".login-box form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Việc của tôi");
	}

	/**
	 * The serious and critical axe-core findings on the page as it is now, run without bypassing the page's
	 * Content-Security-Policy. Outside CI, a missing axe-core skips the test; in CI it fails.
	 */
	protected List<String> seriousAccessibilityFindings() {
		Path axe = Path.of(".cache", "axe-core", "axe.min.js");
		if (!java.nio.file.Files.exists(axe)) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("axe-core is missing at " + axe);
			}
			org.junit.jupiter.api.Assumptions.abort("axe-core is missing at " + axe + " (./congvu test fetches it)");
		}
		try {
			page.evaluate("() => { " + java.nio.file.Files.readString(axe) + "\n}");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		@SuppressWarnings("unchecked")
		List<String> serious = (List<String>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ' (' + v.nodes.length + ') ' + v.nodes[0].target);
				}""");
		return serious;
	}
}
