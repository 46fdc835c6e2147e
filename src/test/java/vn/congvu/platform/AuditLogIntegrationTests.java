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

	@Test
	void tamperingIsDetectedAtTheFirstBrokenEntry() {
		long target = jdbc.sql("select min(id) + 3 from platform.audit_entry").query(Long.class).single();
		Optional<Long> broken = transaction.execute(status -> {
			// Someone with database rights bypasses the trigger and edits history; rolled back after the check.
			jdbc.sql("alter table platform.audit_entry disable trigger audit_entry_no_update").update();
			jdbc.sql("update platform.audit_entry set actor = 'intruder' where id = :id").param("id", target).update();
			Optional<Long> found = audit.firstBrokenLink();
			status.setRollbackOnly();
			return found;
		});
		assertThat(broken).contains(target);
		assertThat(audit.firstBrokenLink()).isEmpty();
	}
}
