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

	/** The serious and critical axe-core findings on this test's page as it is now. */
	protected List<String> seriousAccessibilityFindings() {
		return seriousFindings(page, axeSource());
	}

	/**
	 * The serious and critical axe-core findings on a page as it is now ("rule (nodes) first target"). axe-core is
	 * evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern, so
	 * the page is checked as users get it.
	 */
	static List<String> seriousFindings(Page page, String axe) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) { // once per page load
			page.evaluate("() => { " + axe + "\n}");
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

	/** axe-core's script, fetched by {@code ./congvu test}; missing, the test is skipped, or fails in CI. */
	static String axeSource() {
		Path axe = Path.of(".cache", "axe-core", "axe.min.js");
		if (!java.nio.file.Files.exists(axe)) {
			String message = "axe-core is missing at " + axe + " (./congvu test fetches it from npm)";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("\n*** SKIPPING ACCESSIBILITY CHECKS: " + message + " ***\n");
			org.junit.jupiter.api.Assumptions.abort(message);
		}
		try {
			return java.nio.file.Files.readString(axe);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
