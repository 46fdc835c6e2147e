package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.reformindex.IndexPublications;

/**
 * A citizen checks the signed PAR publication on the public verification page (one verdict, the register's number,
 * the demo key's warning), then a copy changed by one byte, a copy with bytes appended after the signature, and
 * downloads the ETSI validation report.
 */
class VerificationBrowserTests extends BrowserTestSupport {

	@Autowired IndexPublications publications;

	@Test
	void theVerificationPageAcceptsOurSignedPublicationAndRejectsAChangedCopy() {
		IndexPublications.Publication latest = publications.publications().getFirst();
		byte[] signed = publications.resultsDocument(latest.id());
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/public/verify");
		page.locator("#v-file").setInputFiles(new FilePayload("ket-qua.pdf", "application/pdf", signed));
		page.locator("#verify-form button.primary").click();
		assertThat(page.locator("#verdict")).hasAttribute("data-verdict", "NOT_CHECKABLE");
		assertThat(page.locator("#verdict")).containsText("còn nguyên như khi ký");
		assertThat(page.locator("#demo-key")).containsText("không có giá trị pháp lý");
		assertThat(page.locator("#issued-as")).containsText("/TB-UBND");
		assertThat(page.locator("#issued-as")).containsText("năm " + latest.year());
		assertThat(page.locator("main")).not().containsText("Hợp lệ");
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "verification-recognised.png")).setFullPage(true));

		byte[] copy = vn.congvu.reporting.SigningIntegrationTests.changed(signed);
		page.locator("#v-file").setInputFiles(new FilePayload("ket-qua-sua.pdf", "application/pdf", copy));
		page.locator("#verify-form button.primary").click();
		assertThat(page.locator("#verdict")).hasAttribute("data-verdict", "CHANGED");
		assertThat(page.locator("#not-issued")).containsText("Không tìm thấy");

		byte[] longer = vn.congvu.reporting.SigningIntegrationTests.appended(signed);
		page.locator("#v-file").setInputFiles(new FilePayload("ket-qua-them.pdf", "application/pdf", longer));
		page.locator("#verify-form button.primary").click();
		assertThat(page.locator("#verdict")).hasAttribute("data-verdict", "CHANGED");
		assertThat(page.locator("#added-after-signing")).isVisible();


		page.locator("#v-file").setInputFiles(new FilePayload("anh.pdf", "application/pdf", "không phải PDF".getBytes()));
		page.locator("#verify-form button.primary").click();
		assertThat(page.locator("#verify-error")).containsText("không phải PDF");

		page.locator("#v-file").setInputFiles(new FilePayload("ket-qua.pdf", "application/pdf", signed));
		var download = page.waitForDownload(() -> page.locator("#etsi-report").click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("bao-cao-xac-thuc-etsi.xml");
	}
}
