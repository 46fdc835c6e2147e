package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import vn.congvu.platform.Role;

/**
 * Setting up a new ward without touching the database: the unit (renamed once, with its legal basis), a person (a
 * refused form first, which keeps what was typed), a desk with a duty turn and a kiosk tablet revoked, the ward's
 * contacts, and a code of conduct with an article given to the ward. The province is made by the test itself.
 */
class NewWardSetupBrowserTests extends BrowserTestSupport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Test
	void anAdministratorSetsUpANewWardInTheApp() {
		LocalDate today = LocalDate.now(clock);
		signIn(testAccounts.create(Role.ADMINISTRATOR, null));

		page.navigate(baseUrl() + "/units/new");
		page.locator("#u-code").fill("BT-T");
		page.locator("#u-name").fill("Tỉnh Thử Thiết Lập");
		page.locator("#u-type").selectOption("PROVINCE");
		page.locator("#u-from").fill(DAY.format(today.minusDays(30)));
		page.locator("#unit-form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Tỉnh Thử Thiết Lập");
		page.locator("a:text-is('Thêm đơn vị trực thuộc')").click();
		page.locator("#u-code").fill("BT-T1");
		page.locator("#u-name").fill("Phường Thử Mới");
		page.locator("#u-type").selectOption("WARD");
		page.locator("#u-from").fill(DAY.format(today.minusDays(30)));
		page.locator("#unit-form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Phường Thử Mới");
		String wardId = page.url().replaceAll(".*/units/(\\d+).*", "$1");

		page.locator("#rn-name").fill("Phường Thử Thiết Lập");
		page.locator("#rn-number").fill("12/NQ-HĐND");
		page.locator("#rn-basis-date").fill(DAY.format(today.minusDays(2)));
		page.locator("#rename-form button").click();
		assertThat(page.locator("h1")).containsText("Phường Thử Thiết Lập");
		assertThat(page.locator("#changes")).containsText("Từ “Phường Thử Mới” thành “Phường Thử Thiết Lập”");

		page.navigate(baseUrl() + "/staff/new?unit=" + wardId);
		page.locator("#p-code").fill("BT-0001");
		page.locator("#p-name").fill("Phạm Thị Thu Hà");
		page.locator("#p-category").selectOption("CIVIL_SERVANT");
		page.locator("#p-gender").evaluate("select => select.removeAttribute('required')");
		page.locator("#p-position").fill("Công chức Văn phòng – Thống kê");
		page.locator("#p-from").fill(DAY.format(today.minusDays(20)));
		page.locator("#person-form button[type=submit]").click();
		assertThat(page.locator("#person-error")).containsText("giới tính");
		assertThat(page.locator("#p-name")).hasValue("Phạm Thị Thu Hà");
		page.locator("#p-gender").selectOption("FEMALE");
		page.locator("#person-form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Phạm Thị Thu Hà");

		page.navigate(baseUrl() + "/feedback/service-points");
		page.locator("#d-unit").selectOption(wardId);
		page.locator("#d-code").fill("BT-T1-Q1");
		page.locator("#d-name").fill("Bộ phận một cửa – quầy 1");
		page.locator("#d-hotline").fill("024 3333 4444");
		page.locator("#desk-form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Phường Thử Thiết Lập – Bộ phận một cửa – quầy 1");
		page.locator("#duty-person").selectOption(new SelectOption().setLabel("Phạm Thị Thu Hà (BT-0001)"));
		page.locator("#duty-day").fill(DAY.format(today.plusDays(1)));
		page.locator("#duty-from").fill("13:30");
		page.locator("#duty-to").fill("11:00");
		page.locator("#duty-form button").click();
		assertThat(page.locator("#duty-error")).containsText("Giờ kết thúc phải sau giờ bắt đầu");
		page.locator("#duty-to").fill("17:00");
		page.locator("#duty-form button").click();
		assertThat(page.locator("#roster table")).containsText("Phạm Thị Thu Hà");
		page.locator("#kiosk-name").fill("Máy tính bảng quầy 1");
		page.locator("#kiosk-form button").click();
		assertThat(page.locator("#kiosk-registered")).containsText("#token=");
		page.locator("#kiosks form[action$='/revoke'] button").click();
		assertThat(page.locator("#kiosks table")).containsText("Đã thu hồi");

		page.locator("a:text-is('Liên hệ, đường dây nóng')").click();
		page.locator("#c-hotline").fill("024 3333 4444");
		page.locator("#c-email").fill("tiepdan@phuongthu.example.vn");
		page.locator("#c-schedule").fill("Chủ tịch UBND phường tiếp công dân sáng thứ Năm hằng tuần.");
		page.locator("#contact-form button").click();
		assertThat(page.locator(".alert.success")).isVisible();

		page.navigate(baseUrl() + "/conduct/codes");
		page.locator("#c-code").fill("BT-QTUX-1");
		page.locator("#c-title").fill("Quy tắc ứng xử của Phường Thử Thiết Lập");
		page.locator("#c-basis").fill("Quyết định số 5/QĐ-UBND");
		page.locator("#c-basis-date").fill(DAY.format(today.minusDays(10)));
		page.locator("#c-audience").selectOption("STAFF");
		page.locator("#c-from").fill(DAY.format(today.minusDays(5)));
		page.locator("#code-form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Quy tắc ứng xử của Phường Thử Thiết Lập");
		page.locator("#g-unit").selectOption(wardId);
		page.locator("#give-form button").click();
		assertThat(page.locator("#give-error")).containsText("chưa có điều nào");
		page.locator("#a-title").fill("Ứng xử với người dân");
		page.locator("#a-summary").fill("Lắng nghe, hướng dẫn tận tình, không gây phiền hà.");
		page.locator("#article-form button").click();
		assertThat(page.locator("#article-1")).containsText("Ứng xử với người dân");
		page.locator("#g-unit").selectOption(wardId);
		page.locator("#give-form button").click();
		assertThat(page.locator("#given")).containsText("Phường Thử Thiết Lập");
		assertThat(page.locator("#article-form")).hasCount(0);
	}
}
