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
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;

/**
 * Accounts from the staff list: the heads of a province's wards without an account get one in one step, each linked
 * to their own staff record and scoped to their ward; the first password is on the sheet (no mail server here), is
 * stored nowhere in clear, and signing in with it leads to choosing one's own; a second step finds nobody left.
 */
class AccountsFromStaffIntegrationTests extends IntegrationTestSupport {

	@Autowired AccountsFromStaff fromStaff;
	@Autowired Accounts accounts;
	@Autowired OrgUnitManagement unitManagement;
	@Autowired StaffManagement staffManagement;
	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;
	@Autowired JdbcClient jdbc;

	private void person(String code, String name, long unit, Leadership leadership, LocalDate from) {
		staffManagement.create(Viewer.system(), new NewStaffMember(code, name, StaffCategory.CIVIL_SERVANT, Gender.MALE,
				LocalDate.of(1979, 9, 2), null, unit, leadership == null ? "Công chức" : "Chủ tịch UBND", leadership,
				from));
	}

	@Test
	void theWardHeadsWithoutAnAccountGetOneEach() {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = today.minusDays(40);
		long province = unitManagement.create(Viewer.system(), new NewOrgUnit("T37", "Tỉnh Tài Khoản",
				OrgUnitType.PROVINCE, null, from));
		long banyan = unitManagement.create(Viewer.system(), new NewOrgUnit("T3701", "Phường Gốc Đa", OrgUnitType.WARD,
				province, from));
		long reed = unitManagement.create(Viewer.system(), new NewOrgUnit("T3702", "Xã Bến Nứa", OrgUnitType.COMMUNE,
				province, from));
		person("TK-001", "Đỗ Văn Khải", banyan, Leadership.HEAD, from);
		person("TK-002", "Ngô Văn Lực", banyan, null, from);
		person("TK-003", "Bùi Văn Mạnh", reed, Leadership.HEAD, from);
		Viewer admin = new Viewer("test-accounts-admin", "Quản trị", Role.ADMINISTRATOR, null, "/", null, false);
		Viewer officer = new Viewer("test-accounts-officer", "Cán bộ", Role.HOME_AFFAIRS_OFFICER, province,
				units.pathOf(province), null, false);
		assertThatThrownBy(() -> fromStaff.candidates(officer, banyan, true)).isInstanceOf(NotPermittedException.class);

		List<AccountsFromStaff.Person> heads = fromStaff.candidates(admin, province, true);
		assertThat(heads).extracting(AccountsFromStaff.Person::unitName).containsExactly("Phường Gốc Đa", "Xã Bến Nứa");
		assertThat(heads).allSatisfy(p -> assertThat(p.role()).isEqualTo(Role.UNIT_HEAD));
		long hanoi = units.byCode("01", today).id();
		assertThat(fromStaff.candidates(admin, hanoi, true)).extracting(AccountsFromStaff.Person::unitName)
			.as("the demo heads of Cửa Nam and Hoàn Kiếm sign in already")
			.doesNotContain("Phường Cửa Nam", "Phường Hoàn Kiếm");

		List<AccountsFromStaff.Issued> issued = fromStaff.issue(admin, banyan, true);
		assertThat(issued).singleElement().satisfies(i -> {
			assertThat(i.role()).isEqualTo(Role.UNIT_HEAD);
			assertThat(i.username()).isEqualTo("tk001");
			assertThat(i.password()).as("no mail server: on the sheet").isNotBlank();
			assertThat(i.mailedTo()).isNull();
		});
		AccountsFromStaff.Issued head = issued.getFirst();
		assertThat(accounts.staffIdOf(head.username())).isEqualTo(staff.headOf(banyan, today));
		assertThat(accounts.find(head.username()).orElseThrow().scopeUnitId()).isEqualTo(banyan);
		assertThat(jdbc.sql("select count(*) from platform.account where password_hash like '%' || :p || '%'")
			.param("p", head.password()).query(Long.class).single()).as("never stored in clear").isZero();

		WebSession session = new WebSession(baseUrl());
		assertThat(session.signIn(head.username(), head.password()).headers().firstValue("Location").orElse(""))
			.as("a first password leads to choosing one's own").endsWith("/account/password?first");
		assertThat(session.get("/account/password?first").body()).contains("mật khẩu lần đầu");

		assertThatThrownBy(() -> fromStaff.issue(admin, banyan, true)).hasMessage("staffAccounts.nobody");
		assertThat(fromStaff.candidates(admin, banyan, false)).as("everyone else of the ward is still to come")
			.extracting(AccountsFromStaff.Person::fullName).containsExactly("Ngô Văn Lực");
		assertThat(fromStaff.candidates(admin, province, true)).extracting(AccountsFromStaff.Person::unitName)
			.containsExactly("Xã Bến Nứa");
	}
}
