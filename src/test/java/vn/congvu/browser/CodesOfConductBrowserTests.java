package vn.congvu.browser;

import vn.congvu.platform.Viewer;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.conduct.codes.CodesOfConduct;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.Role;

/** A staff member confirms a code on a phone; the ward's head sees the progress and who is missing. */
class CodesOfConductBrowserTests extends BrowserTestSupport {

	@Autowired
	CodesOfConduct codes;

	@Autowired
	OrgUnitQueries units;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStaffMemberConfirmsOnAPhoneAndTheHeadSeesIt() {
		long code = jdbc.sql("select id from conduct.code_of_conduct where code = 'QD522-2017'").query(Long.class)
			.single();
		long ward = units.byCode("00004", LocalDate.of(2025, 7, 1)).id();
		CodesOfConduct.Pending person = codes.pending(scoped(ward), code).get(0);
		String staffUser = testAccounts.create(Role.STAFF, ward);
		accounts.linkStaff(staffUser, person.staffId());
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(staffUser);
		page.navigate(baseUrl() + "/conduct/codes/" + code);
		assertThat(page.locator("h1")).containsText("Quy tắc ứng xử của cán bộ");
		assertThat(page.locator(".article")).hasCount(11);
		page.locator("#acknowledge").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
			.hasText("Đã ghi nhận: bạn đã đọc và hiểu quy tắc này.");
		assertThat(page.locator("#my-confirmation")).containsText("Bạn đã xác nhận đọc quy tắc này lúc");

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.UNIT_HEAD, ward));
		page.navigate(baseUrl() + "/conduct/codes/" + code);
		assertThat(page.locator("#progress tbody tr")).hasCount(1);
		assertThat(page.locator("#progress tbody tr")).containsText("Phường Ba Đình");
		assertThat(page.locator("#pending")).not().containsText(person.fullName());
	}
}
