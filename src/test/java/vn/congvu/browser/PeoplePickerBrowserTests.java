package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.congvu.platform.Role;

/**
 * A person is picked by name wherever a form asks for a staff code: typing part of a name without diacritics lists
 * the people of one's scope, and a choice fills the code in (several codes for a council).
 */
class PeoplePickerBrowserTests extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aCouncilIsPickedByNameWithoutDiacritics() {
		useViewport(390, 844);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		long methodology = jdbc.sql("select min(id) from reformindex.methodology where status = 'IN_USE'")
			.query(Long.class).single();
		page.navigate(baseUrl() + "/reform-index/methodologies/" + methodology);
		String someone = jdbc.sql("""
				select m.full_name from staff.staff_member m join staff.assignment a on a.staff_id = m.id
				where a.valid_to is null order by m.id limit 1""").query(String.class).single();
		String folded = vn.congvu.shared.VietnameseText.fold(someone); // "nguyen van an": no diacritics
		page.locator("#c-codes-by-name").fill(folded);
		assertThat(page.locator("#c-codes-by-name + .picker-results button").first()).containsText(someone);
		page.locator("#council-form").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "PeoplePicker-council-390.png")));
		page.locator("#c-codes-by-name + .picker-results button").first().click();
		assertThat(page.locator("#c-codes")).hasValue(Pattern.compile("^HK\\d{5}$"));
		page.locator("header").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "PeoplePicker-header-390.png")));
		page.locator("#c-codes-by-name").fill(folded);
		page.locator("#c-codes-by-name + .picker-results button").first().click();
		assertThat(page.locator("#c-codes")).hasValue(Pattern.compile("^HK\\d{5}$")); // the same person once
		org.assertj.core.api.Assertions.assertThat(seriousAccessibilityFindings()).isEmpty();
	}
}
