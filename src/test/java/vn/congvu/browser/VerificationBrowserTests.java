package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.reformindex.IndexPublications;

/** A citizen checks the signed PAR publication on the public verification page, then a copy changed by one byte. */
class VerificationBrowserTests extends BrowserTestSupport {

	@Autowired IndexPublications publications;

	@Test
	void theVerificationPageAcceptsOurSignedPublicationAndRejectsAChangedCopy() {
		IndexPublications.Publication latest = publications.publications().getFirst();
		byte[] signed = publications.resultsDocument(latest.id());
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/public/verify");
		page.locator("#v-file").setInputFiles(new FilePayload("ket-qua.pdf", "application/pdf", signed));
		page.locator("#verify-form button").click();
		assertThat(page.locator("#signature-intact")).containsText("Chữ ký hợp lệ");
		assertThat(page.locator("#verification")).containsText("Hoàn Kiếm");
		assertThat(page.locator("#published-as")).containsText("năm " + latest.year());

		byte[] copy = vn.congvu.reporting.SigningIntegrationTests.changed(signed);
		page.locator("#v-file").setInputFiles(new FilePayload("ket-qua-sua.pdf", "application/pdf", copy));
		page.locator("#verify-form button").click();
		assertThat(page.locator("#signature-broken")).containsText("đã bị thay đổi");
		assertThat(page.locator("#published-as")).containsText("Không tìm thấy");

		page.locator("#v-file").setInputFiles(new FilePayload("anh.pdf", "application/pdf", "không phải PDF".getBytes()));
		page.locator("#verify-form button").click();
		assertThat(page.locator("#verify-error")).containsText("không phải PDF");
	}
}
