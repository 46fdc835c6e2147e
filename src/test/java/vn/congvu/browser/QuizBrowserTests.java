package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.emulation.Quizzes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;

/** A civil servant takes the codes-of-conduct quiz on a phone, once; the officer sees the result by person. */
class QuizBrowserTests extends BrowserTestSupport {

	@Autowired Quizzes quizzes;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

	@Test
	void aCivilServantTakesTheQuizOnAPhoneOnce() {
		LocalDate reform = LocalDate.of(2025, 7, 1);
		long hongHa = units.byCode("00097", reform).id();
		LocalDate today = LocalDate.now(clock);
		Viewer officer = new Viewer("test-officer", "Cán bộ thi đua", Role.HOME_AFFAIRS_OFFICER, hongHa,
				units.pathOf(hongHa), null, false);
		String title = "Hội thi thử " + System.nanoTime();
		long quiz = quizzes.create(officer, hongHa, title, "Quy tắc ứng xử của cán bộ, công chức", today, today.plusDays(3),
				2, 300, List.of(new Quizzes.NewQuestion("Khi tiếp dân, cán bộ cần làm gì trước tiên?",
						List.of("Chào hỏi, giới thiệu tên", "Yêu cầu nộp hồ sơ ngay"), 1),
						new Quizzes.NewQuestion("Có được nhận quà của người dân khi giải quyết hồ sơ?",
								List.of("Được, nếu ít giá trị", "Không được"), 2)));
		long person = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_to is null
				order by staff_id desc limit 1""").param("u", hongHa).query(Long.class).single();

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.createFor(person, Role.STAFF, hongHa));
		page.navigate(baseUrl() + "/emulation/quizzes");
		page.getByText(title).click();
		page.locator("#start-form button").click();
		assertThat(page.locator("#deadline")).containsText("còn");
		org.assertj.core.api.Assertions.assertThat(seriousAccessibilityFindings())
			.as("the attempt page, which only its taker opens (so PagesToCheck leaves it to this test)").isEmpty();
		String before = page.locator("#seconds-left").textContent();
		assertThat(page.locator("#seconds-left")).not().hasText(before); // the countdown ticks
		page.getByText("Chào hỏi, giới thiệu tên").click();
		page.getByText("Không được").click();
		page.locator("#attempt-form button").click();
		assertThat(page.locator("#quiz-score")).hasText("Bạn trả lời đúng 2/2 câu.");
		page.navigate(baseUrl() + "/emulation/quizzes/" + quiz);
		assertThat(page.locator("#start-form")).hasCount(0);

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hongHa));
		page.navigate(baseUrl() + "/emulation/quizzes/" + quiz);
		assertThat(page.locator("#person-results")).containsText("2/2");
		assertThat(page.locator("#unit-results")).containsText("Phường Hồng Hà");
	}
}
