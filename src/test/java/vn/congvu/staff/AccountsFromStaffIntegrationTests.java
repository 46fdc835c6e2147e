package vn.congvu.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;

/**
 * Accounts from the staff list: the heads of the city's wards without an account get one in one step, each linked
 * to their own staff record and scoped to their ward; the first password is on the sheet (no mail server here), is
 * stored nowhere in clear, and signing in with it leads to choosing one's own; a second step finds nobody left.
 */
class AccountsFromStaffIntegrationTests extends IntegrationTestSupport {

	@Autowired AccountsFromStaff fromStaff;
	@Autowired Accounts accounts;
	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;
	@Autowired JdbcClient jdbc;

	@Test
	void theWardHeadsWithoutAnAccountGetOneEach() {
		LocalDate today = LocalDate.now(clock);
		long hanoi = units.byCode("01", today).id();
		long hongHa = units.byCode("00097", today).id();
		Viewer admin = new Viewer("test-accounts-admin", "Quản trị", Role.ADMINISTRATOR, null, "/", null, false);
		Viewer officer = new Viewer("test-accounts-officer", "Cán bộ", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		assertThatThrownBy(() -> fromStaff.candidates(officer, hongHa, true)).isInstanceOf(NotPermittedException.class);

		List<AccountsFromStaff.Person> heads = fromStaff.candidates(admin, hanoi, true);
		assertThat(heads).extracting(AccountsFromStaff.Person::unitName).contains("Phường Hồng Hà")
			.as("the demo heads of Cửa Nam and Hoàn Kiếm sign in already")
			.doesNotContain("Phường Cửa Nam", "Phường Hoàn Kiếm");
		assertThat(heads).allSatisfy(p -> assertThat(p.role()).isEqualTo(Role.UNIT_HEAD));

		List<AccountsFromStaff.Issued> issued = fromStaff.issue(admin, hongHa, true);
		assertThat(issued).singleElement().satisfies(i -> {
			assertThat(i.role()).isEqualTo(Role.UNIT_HEAD);
			assertThat(i.password()).as("no mail server: on the sheet").isNotBlank();
			assertThat(i.mailedTo()).isNull();
		});
		AccountsFromStaff.Issued head = issued.getFirst();
		assertThat(accounts.staffIdOf(head.username())).isEqualTo(staff.headOf(hongHa, today));
		assertThat(accounts.find(head.username()).orElseThrow().scopeUnitId()).isEqualTo(hongHa);
		assertThat(jdbc.sql("select count(*) from platform.account where password_hash like '%' || :p || '%'")
			.param("p", head.password()).query(Long.class).single()).as("never stored in clear").isZero();

		WebSession session = new WebSession(baseUrl());
		assertThat(session.signIn(head.username(), head.password()).headers().firstValue("Location").orElse(""))
			.as("a first password leads to choosing one's own").endsWith("/account/password?first");
		assertThat(session.get("/account/password?first").body()).contains("mật khẩu lần đầu");

		assertThatThrownBy(() -> fromStaff.issue(admin, hongHa, true)).hasMessage("staffAccounts.nobody");
		assertThat(fromStaff.candidates(admin, hongHa, false)).as("everyone else of the ward is still to come")
			.isNotEmpty().allSatisfy(p -> assertThat(p.role()).isEqualTo(Role.STAFF));
	}
}
