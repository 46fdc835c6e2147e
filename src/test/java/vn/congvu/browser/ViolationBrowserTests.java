package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.VietnameseDates;

/** A violation asked of a ward, explained by its head on a phone, confirmed and handled by an officer. */
class ViolationBrowserTests extends BrowserTestSupport {

	@Autowired
	Violations violations;

	@Autowired
	OrgUnitQueries units;

	@Test
	void theWardExplainsAndTheOfficerDecides() {
		long cuaNam = units.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		long hoanKiem = units.byCode("00070", LocalDate.of(2025, 7, 1)).id();
		long id = violations.record(viewer(), new NewViolation(cuaNam, null, null, ViolationSeverity.MINOR, "Bộ phận một cửa không niêm yết quy tắc ứng xử",
				"INSPECTION", "TEST-" + System.nanoTime(), LocalDate.now(clock).minusDays(1)));
		String officer = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		signIn(officer);
		page.navigate(baseUrl() + "/conduct/violations");
		Locator card = page.locator("#violation-" + id);
		card.locator("input[name=text]").first().fill("01/01/2020");
		card.getByText("Yêu cầu giải trình").click();
		assertThat(page.locator("#violation-error")).containsText("Hạn giải trình không thể là ngày đã qua");
		card.locator("input[name=text]").first().fill(VietnameseDates.format(LocalDate.now(clock).plusDays(5)));
		card.getByText("Yêu cầu giải trình").click();
		assertThat(card.locator(".badge.status")).hasText("Chờ giải trình");

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.UNIT_HEAD, hoanKiem));
		page.navigate(baseUrl() + "/conduct/violations");
		assertThat(page.locator("#violation-" + id)).hasCount(0);
		signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam));
		page.navigate(baseUrl() + "/conduct/violations");
		page.locator("#explain-" + id).fill("Đã niêm yết lại ngay trong ngày, kèm ảnh.");
		page.locator("#violation-" + id + " form button").click();
		assertThat(page.locator("#violation-" + id)).containsText("Đã niêm yết lại ngay trong ngày");

		useViewport(1280, 900);
		signIn(officer);
		page.navigate(baseUrl() + "/conduct/violations");
		page.locator("#violation-" + id).getByText("Xác nhận vi phạm").click();
		assertThat(page.locator("#violation-" + id + " .badge.status")).hasText("Đã xác nhận");
		page.locator("#handling-" + id).selectOption("REMINDER");
		page.locator("#violation-" + id).getByText("Quyết định xử lý").click();
		assertThat(page.locator("#violation-" + id)).containsText("Nhắc nhở");
		assertThat(page.locator("#violation-" + id + " .badge.status")).hasText("Đã xử lý");

		// the list narrows by words without accents and by status; the violation's own page tells its history
		page.navigate(baseUrl() + "/conduct/violations?q=niem+yet+quy+tac&status=HANDLED");
		assertThat(page.locator("#violation-" + id)).hasCount(1);
		page.navigate(baseUrl() + "/conduct/violations?q=niem+yet+quy+tac&status=RECORDED");
		assertThat(page.locator("#violation-" + id)).hasCount(0);
		page.navigate(baseUrl() + "/conduct/violations/" + id);
		assertThat(page.locator("h1")).containsText("Đã xử lý");
		assertThat(page.locator("#history li")).containsText(new String[] { "Ghi nhận vi phạm",
				"Yêu cầu giải trình", "Giải trình vi phạm", "Xác nhận vi phạm", "Đã xử lý vi phạm" });
	}
}
