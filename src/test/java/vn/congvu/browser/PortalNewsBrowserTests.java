package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.portal.Polls;

/**
 * An editor writes an article with a picture (a wrong tag first), a reviewer schedules it for tomorrow, takes it down
 * and publishes it after an edit; a citizen on a phone reads it (the count moves by exactly one on each view), finds
 * it by a search without diacritics, and votes in the demo poll.
 */
class PortalNewsBrowserTests extends BrowserTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired OrgUnitQueries units;
	@Autowired Polls polls;

	@Test
	void anEditorWritesAReviewerSchedulesAndACitizenReadsOnAPhone() throws Exception {
		long cuaNam = units.byCode("00082", REFORM).id();
		signIn(testAccounts.create(Role.EDITOR, cuaNam));
		page.navigate(baseUrl() + "/portal/news/new");
		page.locator("#a-category").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Tin hoạt động"));
		page.locator("#a-title").fill("Phường Cửa Nam khai trương quầy hướng dẫn dịch vụ công trực tuyến");
		page.locator("#a-body").fill("<p>Quầy mới giúp người dân <b>nộp hồ sơ trực tuyến</p>");
		page.locator("#article-form button[type=submit]").click();
		assertThat(page.locator("#article-error")).containsText("chưa đóng");
		assertThat(page.locator("#a-title")).hasValue("Phường Cửa Nam khai trương quầy hướng dẫn dịch vụ công trực tuyến");
		page.locator("#a-body").fill("<p>Quầy mới giúp người dân <b>nộp hồ sơ trực tuyến</b> ngay tại bộ phận một cửa.</p>");
		page.locator("#a-image").setInputFiles(new FilePayload("quay-moi.jpg", "image/jpeg", photo()));
		page.locator("#a-alt").fill("Quầy hướng dẫn dịch vụ công");
		page.locator("#article-form button[type=submit]").click();
		assertThat(page.locator("#article-state")).hasText("Bản nháp");
		assertThat(page.locator(".preview-image")).isVisible();
		long id = Long.parseLong(page.url().replaceAll(".*/portal/news/(\\d+).*", "$1"));
		page.locator("#submit-article").click();
		assertThat(page.locator("#article-state")).hasText("Chờ duyệt");
		assertThat(page.locator("#approve-form")).hasCount(0);

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam));
		page.navigate(baseUrl() + "/portal/news/" + id);
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true) // to look at
			.setPath(java.nio.file.Path.of("target", "screenshots", "news-in-review-as-reviewer.png")));
		page.locator("#publish-on").fill(vn.congvu.shared.VietnameseDates.format(LocalDate.now(clock).plusDays(1)));
		page.locator("#publish-time").fill("07:30");
		page.locator("#approve-form button").click();
		assertThat(page.locator("#article-state")).hasText("Đã duyệt đăng");
		assertThat(page.locator("main")).containsText("hẹn đăng lúc");
		org.assertj.core.api.Assertions.assertThat(page.request().get(baseUrl() + "/public/news/" + id).status())
			.as("not public before its time").isEqualTo(404);
		page.locator("#unpublish-reason").fill("Đăng ngay hôm nay.");
		page.locator("#unpublish-form button").click();
		assertThat(page.locator("#article-state")).hasText("Đã gỡ");
		page.locator("#edit-article").click();
		page.locator("#a-title").fill("Phường Cửa Nam khai trương quầy hướng dẫn dịch vụ công");
		page.locator("#article-form button[type=submit]").click();
		assertThat(page.locator("#article-state")).hasText("Bản nháp");

		useViewport(1280, 900); // the editor sends the edit again; the head approves it for now
		signIn(testAccounts.create(Role.EDITOR, cuaNam));
		page.navigate(baseUrl() + "/portal/news/" + id);
		page.locator("#submit-article").click();
		useViewport(1280, 900);
		signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam));
		page.navigate(baseUrl() + "/portal/news/" + id);
		page.locator("#approve-form button").click();
		assertThat(page.locator("#article-state")).hasText("Đã đăng");
		assertThat(page.locator("#public-link")).isVisible();

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/public/news?q=khai+truong+quay");
		page.getByText("Phường Cửa Nam khai trương quầy hướng dẫn dịch vụ công").click();
		assertThat(page.locator("h1")).hasText("Phường Cửa Nam khai trương quầy hướng dẫn dịch vụ công");
		assertThat(page.locator(".article-image img")).isVisible();
		long first = Long.parseLong(page.locator("#views").textContent().replaceAll("\\D", ""));
		page.reload();
		assertThat(page.locator("#views")).hasText(String.valueOf(first + 1));
		page.reload();
		assertThat(page.locator("#views")).hasText(String.valueOf(first + 2));
		org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
				"document.documentElement.scrollWidth <= window.innerWidth")).as("fits the phone").isTrue();
		org.assertj.core.api.Assertions.assertThat(page.locator("meta[property='og:title']").getAttribute("content"))
			.isEqualTo("Phường Cửa Nam khai trương quầy hướng dẫn dịch vụ công");

		long poll = polls.all().stream().filter(p -> p.question().contains("thành phố thông minh")).findFirst()
			.orElseThrow().id();
		long before = polls.view(poll, "demo:0").total();
		page.navigate(baseUrl() + "/public/polls/" + poll);
		page.getByLabel("Có").first().check();
		page.locator("#vote-form button").click();
		assertThat(page.locator("#results")).containsText((before + 1) + " lượt bình chọn");
	}

	private static byte[] photo() throws Exception {
		BufferedImage image = new BufferedImage(1800, 1200, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setColor(new java.awt.Color(0x2e7d32));
		g.fillRect(0, 0, 1800, 1200);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}
}
