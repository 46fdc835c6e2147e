package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.VietnameseDates;

/**
 * Recognition in the browser: a civil servant submits an initiative on a phone and an officer recognises it; a unit
 * head writes a good example with a photo (an executable posing as a photo is refused), another officer publishes
 * it, and a citizen reads it on the public page on a phone.
 */
class RecognitionBrowserTests extends BrowserTestSupport {

	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

	@Test
	void aCivilServantSubmitsAnInitiativeOnAPhoneAndAnOfficerRecognisesIt() {
		long hongHa = units.byCode("00097", LocalDate.of(2025, 7, 1)).id();
		long person = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_to is null
				order by staff_id desc offset 1 limit 1""").param("u", hongHa).query(Long.class).single();
		String title = "Bảng chỉ dẫn bằng hình cho người khiếm thính " + System.nanoTime();
		LocalDate today = LocalDate.now(clock);

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.createFor(person, Role.STAFF, hongHa));
		page.navigate(baseUrl() + "/emulation/initiatives");
		page.locator("#n-title").fill(title);
		page.locator("#n-description").fill("Đặt bảng chỉ dẫn bằng hình ở bộ phận một cửa cho người khiếm thính.");
		page.locator("#n-since").fill(VietnameseDates.format(today.plusDays(2)));
		page.locator("#n-benefits").fill("Người khiếm thính tự làm thủ tục, không cần người phiên dịch.");
		page.locator("#submission-form button").click();
		assertThat(page.locator("#submission-error")).containsText("không sau hôm nay");
		assertThat(page.locator("#mine")).not().containsText(title);

		page.locator("#n-title").fill(title);
		page.locator("#n-description").fill("Đặt bảng chỉ dẫn bằng hình ở bộ phận một cửa cho người khiếm thính.");
		page.locator("#n-since").fill(VietnameseDates.format(today.minusDays(40)));
		page.locator("#n-benefits").fill("Người khiếm thính tự làm thủ tục, không cần người phiên dịch.");
		page.locator("#n-files").setInputFiles(new FilePayload("anh-bang-chi-dan.png", "image/png", png(300, 200)));
		page.locator("#submission-form button").click();
		assertThat(page.locator("#mine")).containsText(title);
		assertThat(page.locator("#mine article").filter(new Locator.FilterOptions().setHasText(title)))
			.containsText("Chờ xét");
		assertThat(page.locator("#review")).hasCount(0);

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hongHa));
		page.navigate(baseUrl() + "/emulation/initiatives");
		Locator card = page.locator("#review article").filter(new Locator.FilterOptions().setHasText(title));
		assertThat(card.locator("dd a")).hasText("anh-bang-chi-dan.png ");
		card.getByText("Công nhận sáng kiến").first().click();
		card.locator("select[name=scope]").selectOption("GRASSROOTS");
		card.locator("input[name=recognizedOn]").fill(VietnameseDates.format(today));
		card.locator("input[name=recognizedBy]").fill("Hội đồng sáng kiến phường Hồng Hà");
		card.locator("input[name=decisionRef]").fill("21/QĐ-HĐSK");
		card.locator("form button").first().click();
		assertThat(page.locator("#register")).containsText(title);
		assertThat(page.locator("#review article").filter(new Locator.FilterOptions().setHasText(title)))
			.containsText("Được công nhận");
	}

	@Test
	void aHeadWritesAGoodExampleAnotherOfficerPublishesItAndACitizenReadsIt() {
		long hongHa = units.byCode("00097", LocalDate.of(2025, 7, 1)).id();
		String headline = "Đưa cụ bà về tận nhà sau buổi làm thủ tục " + System.nanoTime();
		useViewport(1280, 900);
		signIn(testAccounts.create(Role.UNIT_HEAD, hongHa));
		page.navigate(baseUrl() + "/emulation/examples");
		page.locator("#e-unit").selectOption(String.valueOf(hongHa));
		page.getByLabel("Một người").check();
		page.locator("#e-subject").fill("Lê Minh Khoa");
		page.locator("#e-headline").fill(headline);
		page.locator("#e-story").fill("Trời mưa lớn, một cụ bà làm xong thủ tục nhưng không có ai đón. Anh đã xin "
				+ "phép lãnh đạo và đưa cụ về tận nhà, rồi quay lại làm việc. Gia đình cụ gửi thư cảm ơn phường.");
		page.locator("#e-photos").setInputFiles(new FilePayload("anh.jpg", "image/jpeg",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }));
		page.locator("#example-form button").click();
		assertThat(page.locator("#example-error")).containsText("anh.jpg");
		assertThat(page.locator("main")).not().containsText(headline);

		page.locator("#e-unit").selectOption(String.valueOf(hongHa));
		page.locator("#e-subject").fill("Lê Minh Khoa");
		page.locator("#e-headline").fill(headline);
		page.locator("#e-story").fill("Trời mưa lớn, một cụ bà làm xong thủ tục nhưng không có ai đón. Anh đã xin "
				+ "phép lãnh đạo và đưa cụ về tận nhà, rồi quay lại làm việc. Gia đình cụ gửi thư cảm ơn phường.");
		page.locator("#e-photos").setInputFiles(new FilePayload("anh.png", "image/png", png(2400, 1600)));
		page.locator("#example-form button").click();
		Locator story = page.locator("article").filter(new Locator.FilterOptions().setHasText(headline));
		assertThat(story).containsText("Chờ duyệt");
		assertThat(story.getByText("Duyệt và đăng")).hasCount(0);

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hongHa));
		page.navigate(baseUrl() + "/emulation/examples");
		story = page.locator("article").filter(new Locator.FilterOptions().setHasText(headline));
		story.getByText("Duyệt và đăng").click();
		assertThat(page.locator("article").filter(new Locator.FilterOptions().setHasText(headline)))
			.containsText("Đã đăng");

		useViewport(PHONE_WIDTH, PHONE_HEIGHT); // a new browser: nobody signed in
		page.navigate(baseUrl() + "/public/good-examples");
		Locator published = page.locator("article").filter(new Locator.FilterOptions().setHasText(headline));
		assertThat(published).containsText("Lê Minh Khoa – Phường Hồng Hà");
		Locator photo = published.locator("img");
		photo.scrollIntoViewIfNeeded();
		page.waitForFunction("img => img.complete && img.naturalWidth > 0", photo.elementHandle());
		assertThat(((Number) photo.evaluate("img => img.naturalWidth")).intValue()).as("resized to web size")
			.isEqualTo(1600);
		assertThat(((Number) photo.evaluate("img => img.getBoundingClientRect().right")).doubleValue())
			.as("fits the phone").isLessThanOrEqualTo(PHONE_WIDTH);
	}

	private static byte[] png(int width, int height) {
		try {
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
