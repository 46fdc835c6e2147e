package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.IntegrationTestSupport;

/** The audit log on PostgreSQL: every write lands in it, it cannot be changed, and tampering is found. */
class AuditLogIntegrationTests extends IntegrationTestSupport {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aWriteIsRecordedWithItsAuthorAndTheChainHolds() {
		String username = testAccounts.create(Role.INSPECTOR, null);
		AuditLog.Entry entry = audit.latest(50, 0).stream()
			.filter(e -> e.action().equals("account.create") && e.afterState().contains(username)).findFirst()
			.orElseThrow();
		assertThat(entry.entityType()).isEqualTo("account");
		assertThat(entry.afterState()).contains("INSPECTOR").doesNotContain("password");
		assertThat(audit.firstBrokenLink()).isEmpty();
	}

	@Test
	void entriesCannotBeUpdatedOrDeleted() {
		assertThatThrownBy(() -> jdbc.sql("update platform.audit_entry set actor = 'someone' where id = 1").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from platform.audit_entry where id = 1").update())
			.hasMessageContaining("append-only");
	}

	@Autowired
	DatabaseConfiguration.DatabaseHolder database;

	@Test
	void theApplicationsOwnRoleCannotSwitchTheTriggerOff() {
		assertThatThrownBy(() -> jdbc.sql("alter table platform.audit_entry disable trigger audit_entry_no_update")
			.update()).rootCause().hasMessageContaining("must be owner");
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void tamperingIsDetectedAtTheFirstBrokenEntry() throws Exception {
		long target = jdbc.sql("select min(id) + 3 from platform.audit_entry").query(Long.class).single();
		String actor = jdbc.sql("select actor from platform.audit_entry where id = :id").param("id", target)
			.query(String.class).single();
		// Someone with the schemas' owner rights bypasses the trigger and edits history; put back after the check.
		try (java.sql.Connection owner = java.sql.DriverManager.getConnection(database.current().ownerJdbcUrl());
				java.sql.PreparedStatement edit = owner.prepareStatement(
						"update platform.audit_entry set actor = ? where id = ?")) {
			owner.createStatement().execute("alter table platform.audit_entry disable trigger audit_entry_no_update");
			try {
				edit.setString(1, "intruder");
				edit.setLong(2, target);
				edit.executeUpdate();
				assertThat(audit.firstBrokenLink()).contains(target);
			}
			finally {
				edit.setString(1, actor);
				edit.setLong(2, target);
				edit.executeUpdate();
				owner.createStatement().execute("alter table platform.audit_entry enable trigger audit_entry_no_update");
			}
		}
		assertThat(audit.firstBrokenLink()).isEmpty();
	}
}
