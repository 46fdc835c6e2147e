package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.congvu.platform.Role;

/**
 * On a phone, one form per module is sent with three mistakes the server finds (the browser's own checks are switched
 * off with {@code novalidate}, as a script or an old browser would send it). The page comes back with every typed
 * value, a message just above each wrong field, and a summary listing the three.
 */
class RefusedFormsBrowserTests extends BrowserTestSupport {

	@Test
	void aTaskWithThreeMistakesComesBackAsTyped() {
		long hanoi = scopeUnits.byCode("01", LocalDate.of(2025, 7, 1)).id();
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hanoi));
		page.navigate(baseUrl() + "/evaluation/tasks");
		page.locator("#assign-form").evaluate("form => form.noValidate = true");
		page.locator("#task-unit").selectOption(String.valueOf(hanoi));
		page.locator("#task-title").fill("Rà soát hồ sơ một cửa quý IV");
		page.locator("#task-product").fill(""); // mistake 1: no expected product
		page.locator("#task-owner").fill("KHONG-CO-AI"); // mistake 2: nobody has this code
		page.locator("#task-coworkers").fill("");
		page.locator("#task-steps").fill("Bước 1: lập danh sách\nBước 2: đối chiếu");
		page.locator("#task-origin").selectOption("CONFERENCE");
		page.locator("#task-ref").fill("Kết luận giao ban số 12");
		page.locator("#task-due").fill("31/02/2027"); // mistake 3: no such day
		page.locator("#assign-form button[type=submit]").click();

		assertThat(page.locator("#task-error li")).hasCount(3);
		assertThat(page.locator("#task-unit")).hasValue(String.valueOf(hanoi));
		assertThat(page.locator("#task-title")).hasValue("Rà soát hồ sơ một cửa quý IV");
		assertThat(page.locator("#task-owner")).hasValue("KHONG-CO-AI");
		assertThat(page.locator("#task-steps")).hasValue("Bước 1: lập danh sách\nBước 2: đối chiếu");
		assertThat(page.locator("#task-origin")).hasValue("CONFERENCE");
		assertThat(page.locator("#task-ref")).hasValue("Kết luận giao ban số 12");
		assertThat(page.locator("#task-due")).hasValue("31/02/2027");
		assertThat(page.locator("#problem-expectedProduct")).isVisible();
		assertThat(page.locator("#problem-ownerCode")).containsText("KHONG-CO-AI");
		assertThat(page.locator("#problem-dueOn")).containsText("31/02/2027");
		assertThat(page.locator("#task-due")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#task-due")).hasAttribute("aria-describedby", "problem-dueOn");
		assertThat(page.locator("#task-title")).not().hasAttribute("aria-invalid", "true");
	}
}
