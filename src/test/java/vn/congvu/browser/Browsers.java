package vn.congvu.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * One headless Debian Chromium for all browser tests of a JVM, driven by Playwright. Without Chromium the tests are
 * skipped loudly on a developer machine and fail in CI.
 */
final class Browsers {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CONGVU_CHROMIUM", "/usr/bin/chromium"));

	private static Browser browser;

	private Browsers() {
	}

	static synchronized Browser chromium() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Browser tests need Chromium at " + CHROMIUM
					+ " (apt-get install chromium chromium-driver)";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + " ***\n");
			Assumptions.abort(message);
		}
		if (browser == null) {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
			Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
		}
		return browser;
	}
}
