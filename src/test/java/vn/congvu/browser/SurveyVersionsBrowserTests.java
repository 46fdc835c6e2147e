package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;

/**
 * The city's officer plans a new version of the kiosk form through the pages: a new reason whose element was not
 * chosen is refused with the rows kept, then the version is planned from a day to come, shown with its questions,
 * and withdrawn, which leaves the version in force without an end.
 */
class SurveyVersionsBrowserTests extends BrowserTestSupport {

	@Autowired OrgUnitQueries units;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Test
	void anOfficerPlansANewKioskVersionAndWithdrawsIt() {
		LocalDate from = LocalDate.now(clock).plusDays(10);
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hanoi));

		page.navigate(baseUrl() + "/feedback");
		page.locator("a:text-is('Phiếu khảo sát sự hài lòng')").click();
		page.locator("#survey-KIOSK a:text-is('Lập phiên bản mới')").click();
		assertThat(page.locator("#q-code-0")).hasValue("OVERALL");
		page.locator("#s-from").fill(DAY.format(from));
		page.locator("#q-code-6").fill("REASON_UNCLEAR_GUIDANCE");
		page.locator("#q-vi-6").fill("Hướng dẫn chưa rõ ràng");
		page.locator("#q-en-6").fill("Unclear guidance");
		page.locator("#survey-form button[type=submit]").click();
		assertThat(page.locator("#survey-error")).hasText("Vui lòng chọn yếu tố mà câu 7 đo.");
		assertThat(page.locator("#q-vi-6")).hasValue("Hướng dẫn chưa rõ ràng");
		page.locator("#q-element-6").selectOption("REASON");
		page.locator("#survey-form button[type=submit]").click();

		assertThat(page.locator("h1")).containsText("Phiên bản 2");
		assertThat(page.locator("[role=status]")).containsText("từ ngày " + DAY.format(from));
		assertThat(page.locator("tbody tr")).hasCount(7);
		assertThat(page.locator("tbody tr").last()).containsText("Hướng dẫn chưa rõ ràng");
		page.locator("button:text-is('Rút phiên bản')").click();
		assertThat(page.locator("[role=status]")).containsText("Đã rút phiên bản");
		assertThat(page.locator("#survey-KIOSK tbody tr")).hasCount(1);
		assertThat(page.locator("#survey-KIOSK tbody tr")).containsText("Đang áp dụng");
	}
}
