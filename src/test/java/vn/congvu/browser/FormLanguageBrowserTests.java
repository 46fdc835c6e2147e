package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.portal.Polls;

/**
 * The browser asks for English (as every browser test does), the page is Vietnamese: a refused field's message is the
 * page's, not the browser's "Please fill out this field."; a long text shows how much of its limit is used; poll
 * options on a phone are rows at least 44 px high with the radio beside the text.
 */
class FormLanguageBrowserTests extends BrowserTestSupport {

	@Autowired Polls polls;

	@Test
	void aRefusedFieldSpeaksThePagesLanguageAndALongTextShowsItsLimit() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/public/reports/new");
		page.locator("#description").fill("");
		page.locator("form button[type=submit]").first().click();
		Object message = page.evalOnSelector("form :invalid", "field => field.validationMessage");
		org.assertj.core.api.Assertions.assertThat(String.valueOf(message)).as("the first refused field, in Vietnamese")
			.isIn("Vui lòng nhập mục này.", "Vui lòng chọn một mục.");
		org.assertj.core.api.Assertions.assertThat(String.valueOf(page.evalOnSelector("#description",
				"field => field.validationMessage"))).isEqualTo("Vui lòng nhập mục này.");
		page.locator("#description").fill("Cán bộ hẹn lại nhiều lần");
		org.assertj.core.api.Assertions.assertThat(String.valueOf(page.evalOnSelector("#description",
				"field => field.validationMessage"))).as("typing clears the message").isEmpty();
		assertThat(page.locator("#description-counter")).hasText("24 / 5.000 ký tự");
		page.navigate(baseUrl() + "/public/reports/new?lang=en");
		page.locator("#description").fill("");
		page.locator("form button[type=submit]").first().click();
		org.assertj.core.api.Assertions.assertThat(String.valueOf(page.evalOnSelector("#description",
				"field => field.validationMessage"))).as("in English when the page is").isEqualTo("Please fill in this field.");
	}

	@Test
	void pollOptionsAreTappableRowsOnAPhone() {
		long hanoi = scopeUnits.byCode("01", LocalDate.of(2025, 7, 1)).id();
		Viewer officer = new Viewer("test-form-officer", "Cán bộ", Role.HOME_AFFAIRS_OFFICER, hanoi,
				scopeUnits.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		long id = polls.create(officer, new Polls.NewPoll(hanoi, "Có nên kéo dài giờ tiếp dân buổi chiều?",
				List.of("Có", "Không"), today.minusDays(1), today.plusDays(5), Polls.Integrity.BROWSER,
				Polls.ResultsShown.AFTER_VOTE));
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/public/polls/" + id);
		var box = page.locator("label.option").first().boundingBox();
		org.assertj.core.api.Assertions.assertThat(box.height).as("a 44 px target").isGreaterThanOrEqualTo(44);
		org.assertj.core.api.Assertions.assertThat(box.width).as("a full-width row").isGreaterThan(PHONE_WIDTH * 0.7);
		var radio = page.locator("label.option input").first().boundingBox();
		org.assertj.core.api.Assertions.assertThat(Math.abs((radio.y + radio.height / 2) - (box.y + box.height / 2)))
			.as("the radio beside its text, not above it").isLessThan(6);
	}
}
