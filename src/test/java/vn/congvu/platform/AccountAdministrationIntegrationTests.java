package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Accounts administered in the app: created with a scope and a person, a first password shown once, disabled (its
 * sessions end at once), unlocked, reset; every user changes their own password; the administrator's way back in.
 */
class AccountAdministrationIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired AccountAdministration administration;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;
	@Autowired AuditLog audit;

	private long cuaNam() {
		return units.byCode("00082", REFORM).id();
	}

	private String staffCode() {
		return jdbc.sql("select min(staff_code) from staff.published_member").query(String.class).single();
	}

	@Test
	void anAdministratorCreatesAnAccountThatSignsInWithItsFirstPassword() {
		String password = administration.create(Viewer.system(), new AccountAdministration.NewAccount("bientap.thu",
				"Biên tập viên thử", Role.EDITOR, cuaNam(), ""));
		AccountAdministration.AccountView row = administration.list(Viewer.system()).stream()
			.filter(a -> a.username().equals("bientap.thu")).findFirst().orElseThrow();
		assertThat(row.scopeName()).isEqualTo("Phường Cửa Nam");
		assertThat(row.enabled()).isTrue();
		WebSession web = new WebSession(baseUrl());
		assertThat(web.signIn("bientap.thu", password).headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
		assertThat(web.get("/portal/news").statusCode()).isEqualTo(200);

		administration.setEnabled(Viewer.system(), row.id(), false);
		assertThat(web.get("/portal/news").statusCode()).as("the open session ended").isEqualTo(302);
		assertThat(new WebSession(baseUrl()).signIn("bientap.thu", password).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).contains("error"));
		administration.setEnabled(Viewer.system(), row.id(), true);
		String reset = administration.resetPassword(Viewer.system(), row.id()).password();
		assertThat(reset).isNotEqualTo(password);
		assertThat(new WebSession(baseUrl()).signIn("bientap.thu", reset).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void badAccountsAreRefusedAndNothingIsWritten() {
		long before = audit.count();
		for (AccountAdministration.NewAccount bad : new AccountAdministration.NewAccount[] {
				new AccountAdministration.NewAccount("Có Dấu", "Tên", Role.STAFF, cuaNam(), staffCode()),
				new AccountAdministration.NewAccount("ab", "Tên", Role.LEADER, null, ""),
				new AccountAdministration.NewAccount("khong.ten", " ", Role.LEADER, null, ""),
				new AccountAdministration.NewAccount("khong.vai.tro", "Tên", null, null, ""),
				new AccountAdministration.NewAccount("khong.pham.vi", "Tên", Role.UNIT_HEAD, null, ""),
				new AccountAdministration.NewAccount("don.vi.la", "Tên", Role.UNIT_HEAD, 987654321L, ""),
				new AccountAdministration.NewAccount("cong.chuc", "Tên", Role.STAFF, cuaNam(), ""),
				new AccountAdministration.NewAccount("ma.la", "Tên", Role.STAFF, cuaNam(), "KHONG-CO"),
				new AccountAdministration.NewAccount("admin", "Trùng", Role.LEADER, null, "") }) {
			assertThatThrownBy(() -> administration.create(Viewer.system(), bad)).as(bad.username())
				.isInstanceOf(InvalidInputException.class);
		}
		assertThat(audit.count()).isEqualTo(before);
		assertThatThrownBy(() -> administration.create(scoped(cuaNam()), new AccountAdministration.NewAccount(
				"khong.quyen", "Tên", Role.LEADER, null, ""))).isInstanceOf(NotPermittedException.class);
	}

	@Test
	void aStaffAccountIsLinkedToItsPersonAndEveryoneChangesTheirOwnPassword() {
		String code = staffCode();
		String password = administration.create(Viewer.system(), new AccountAdministration.NewAccount("cong.chuc.thu",
				"Công chức thử", Role.STAFF, cuaNam(), code));
		AccountAdministration.AccountView row = administration.list(Viewer.system()).stream()
			.filter(a -> a.username().equals("cong.chuc.thu")).findFirst().orElseThrow();
		assertThat(row.staffName()).isNotBlank();
		Viewer self = new Viewer("cong.chuc.thu", "Công chức thử", Role.STAFF, cuaNam(), units.pathOf(cuaNam()),
				row.staffId(), false);
		assertThatThrownBy(() -> administration.changeOwnPassword(self, "sai-mat-khau-cu", "mat-khau-moi-dai",
				"mat-khau-moi-dai")).hasMessageContaining("currentWrong");
		assertThatThrownBy(() -> administration.changeOwnPassword(self, password, "ngan", "ngan"))
			.hasMessageContaining("tooShort");
		assertThatThrownBy(() -> administration.changeOwnPassword(self, password, "mat-khau-moi-dai",
				"mat-khau-khac-dai")).hasMessageContaining("mismatch");
		administration.changeOwnPassword(self, password, "mat-khau-moi-dai", "mat-khau-moi-dai");
		assertThat(new WebSession(baseUrl()).signIn("cong.chuc.thu", "mat-khau-moi-dai").headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		assertThatThrownBy(() -> administration.setEnabled(new Viewer("admin", "Quản trị", Role.ADMINISTRATOR, null,
				"/", null, false), administration.list(Viewer.system()).stream()
			.filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id(), false))
			.hasMessageContaining("notYourself");
	}

	@Test
	void aLockedOutAdministratorGetsBackInWithTheRecoveryCommand() {
		jdbc.sql("update platform.account set failed_logins = 9, locked_until = now() + interval '1 hour' "
				+ "where username = 'admin'").update();
		String password = administration.recoverAdministrator(null);
		assertThat(new WebSession(baseUrl()).signIn("admin", password).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error").doesNotContain("locked"));
		administration.recoverAdministrator(ADMIN_PASSWORD); // as the other tests expect it
	}
}
