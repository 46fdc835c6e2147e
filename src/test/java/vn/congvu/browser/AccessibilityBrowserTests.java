package vn.congvu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.browser.BrowserTestSupport.axeSource;
import static vn.congvu.browser.BrowserTestSupport.seriousFindings;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvu.IntegrationTestSupport;

/** axe-core on the public pages citizens use: no serious or critical accessibility violation. */
class AccessibilityBrowserTests extends IntegrationTestSupport {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/login", "/public/survey/P00070-1", "/kiosk/P00070-1", "/public/reports/new",
			"/public/reports/track?code=PA-NOTHING", "/public/contacts", "/public/good-examples", "/public/reform-index",
			"/public/reform-index/1", "/public/polls", "/public/polls/1", "/public/verify", "/public/sites", "/public/sites/1",
			"/public/sites/2", "/public/news", "/public/news?q=hang+bac", "/public/news/1", "/public/news/2",
			"/public/figures" })
	void publicPagesHaveNoSeriousViolations(String path) throws IOException {
		String axe = axeSource();
		Browser browser = Browsers.chromium();
		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions())) {
			Page page = context.newPage();
			page.navigate(baseUrl() + path);
			List<String> serious = seriousFindings(page, axe);
			assertThat(serious).as("serious or critical violations on " + path).isEmpty();
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	vn.congvu.conduct.inspections.Inspections inspections;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** The conduct pages an inspector fills in on a phone and an officer reads: the same bar. */
	@org.junit.jupiter.api.Test
	void conductPagesHaveNoSeriousViolations() throws IOException {
		String axe = axeSource();
		long team = jdbc.sql("select id from conduct.inspection_team where name = 'Đoàn kiểm tra công vụ số 1'")
			.query(Long.class).single();
		long member = jdbc.sql("""
				select min(m.staff_id) from conduct.team_member m join conduct.inspection_team t on t.id = m.team_id
				where t.id = :t and m.staff_id <> t.leader_id""").param("t", team).query(Long.class).single();
		long cuaNam = jdbc.sql("select id from orgunit.org_unit where code = '00082' and valid_to is null")
			.query(Long.class).single();
		String inspector = testAccounts.createFor(member, vn.congvu.platform.Role.INSPECTOR, null);
		signInAs(inspector, vn.congvu.platform.Role.INSPECTOR, null);
		long plan = inspections.plan(viewer(), team, cuaNam, vn.congvu.conduct.inspections.InspectionKind.REGULAR, "Kiểm tra khả năng truy cập",
				java.time.LocalDate.now(clock).plusDays(1));
		inspections.start(viewer(), plan);
		signOut();
		String officer = testAccounts.create(vn.congvu.platform.Role.HOME_AFFAIRS_OFFICER, null);
		java.util.Map<String, List<String>> pages = java.util.Map.of(inspector,
				List.of("/conduct/inspections/" + plan, "/conduct/inspections"), officer,
				List.of("/conduct/violations", "/conduct/dashboard", "/conduct/actions", "/conduct/cases"));
		for (var entry : pages.entrySet()) {
			try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
				.setViewportSize(390, 844))) {
				Page page = context.newPage();
				page.navigate(baseUrl() + "/login");
				page.locator("#username").fill(entry.getKey());
				page.locator("#password").fill(vn.congvu.TestAccounts.PASSWORD);
				page.locator(".login-box form button[type=submit]").click();
				page.waitForURL(url -> !url.contains("/login"));
				for (String path : entry.getValue()) {
					assertThat(page.navigate(baseUrl() + path).status()).as(path).isEqualTo(200);
					assertThat(page.url()).as("still signed in").endsWith(path);
					List<String> serious = seriousFindings(page, axe);
					assertThat(serious).as("serious or critical violations on " + path).isEmpty();
				}
			}
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	vn.congvu.feedback.HarassmentReports reports;

	@org.springframework.beans.factory.annotation.Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mapping;

	/**
	 * Every page (those with a record id opened on a record of the demo), as four roles see it (a city officer, a unit
	 * head, a civil servant, an editor),
	 * at a desktop's width and a phone's: no serious or critical violation.
	 */
	@org.junit.jupiter.api.Test
	void everyPageOfEveryRoleAtBothWidthsHasNoSeriousViolations() throws IOException {
		String axe = axeSource();
		long cuaNam = jdbc.sql("select id from orgunit.org_unit where code = '00082' and valid_to is null")
			.query(Long.class).single();
		long person = jdbc.sql("select staff_id from platform.account where username = 'phuongcuanam'")
			.query(Long.class).single();
		List<String> users = List.of(testAccounts.create(vn.congvu.platform.Role.HOME_AFFAIRS_OFFICER, null),
				testAccounts.create(vn.congvu.platform.Role.UNIT_HEAD, cuaNam),
				testAccounts.createFor(person, vn.congvu.platform.Role.STAFF, cuaNam),
				testAccounts.create(vn.congvu.platform.Role.EDITOR, cuaNam));
		List<String> paths = vn.congvu.PagesToCheck.all(mapping, jdbc, false, reports, java.time.LocalDate.now(clock));
		java.util.List<String> problems = new java.util.ArrayList<>();
		int checked = 0;
		for (String user : users) {
			// one sign-in and one visit per page: the page is checked at 1280 px, then narrowed to a phone's 390 px
			// (the layout follows the width as it would on load) and checked again
			try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
				.setViewportSize(1280, 844))) {
				Page page = context.newPage();
				page.navigate(baseUrl() + "/login");
				page.locator("#username").fill(user);
				page.locator("#password").fill(vn.congvu.TestAccounts.PASSWORD);
				page.locator(".login-box form button[type=submit]").click();
				page.waitForURL(url -> !url.contains("/login"));
				for (String path : paths) {
					page.setViewportSize(1280, 844);
					com.microsoft.playwright.Response answer;
					try {
						answer = page.navigate(baseUrl() + path);
					}
					catch (com.microsoft.playwright.PlaywrightException download) { // a file, not a page
						continue;
					}
					if (answer == null || answer.status() != 200
							|| !String.valueOf(answer.headerValue("content-type")).startsWith("text/html")) {
						continue;
					}
					for (int width : new int[] { 1280, 390 }) {
						page.setViewportSize(width, 844);
						List<String> serious = seriousFindings(page, axe);
						serious.forEach(v -> problems.add(path + " at " + width + " px: " + v));
						checked++;
					}
				}
			}
		}
		System.out.printf("axe-core: %d pages of 4 roles at 1280 and 390 px%n", checked);
		assertThat(checked).isGreaterThan(100);
		assertThat(problems).isEmpty();
	}
}
