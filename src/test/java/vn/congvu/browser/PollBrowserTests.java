package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.portal.Polls;

/** A citizen votes on a phone: the count moves by exactly one; a second vote and a forged token count nothing. */
class PollBrowserTests extends BrowserTestSupport {

	@Autowired Polls polls;
	@Autowired OrgUnitQueries units;

	@Test
	void aCitizenVotesOnceOnAPhone() {
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		Viewer officer = new Viewer("test-portal", "Biên tập viên", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		long id = polls.create(officer, new Polls.NewPoll(hanoi, "Phường nên mở cửa một cửa vào sáng thứ Bảy?",
				List.of("Nên", "Không cần"), today.minusDays(1), today.plusDays(10), Polls.Integrity.BROWSER,
				Polls.ResultsShown.AFTER_VOTE));
		polls.vote(id, "test:earlier", false, polls.view(id, null).options().get(0).id());

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/public/polls/" + id);
		assertThat(page.locator("#results")).hasCount(0);
		page.getByLabel("Nên").check();
		page.locator("#vote-form button").click();
		assertThat(page.locator("#poll-thanks")).isVisible();
		assertThat(page.locator("#results")).containsText("2 lượt bình chọn");
		assertThat(page.locator("#result-1")).containsText("2 lượt (100%)");
		page.reload();
		assertThat(page.locator("#vote-form")).hasCount(0);

		useViewport(PHONE_WIDTH, PHONE_HEIGHT); // another browser, with a token it made up
		context.addCookies(List.of(new Cookie("congvu_voter", "tu-lam.gia").setUrl(baseUrl() + "/public/polls")));
		page.navigate(baseUrl() + "/public/polls/" + id);
		page.getByLabel("Không cần").check();
		page.locator("#vote-form button").click();
		assertThat(page.locator("#poll-error")).containsText("không hợp lệ");
		org.assertj.core.api.Assertions.assertThat(polls.view(id, "test:earlier").total()).isEqualTo(2);
	}
}
