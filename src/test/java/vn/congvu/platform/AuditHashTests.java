package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTests {

	private static final Instant AT = Instant.parse("2025-07-01T08:00:00.123456Z");

	@Test
	void theHashCoversEveryFieldAndThePreviousLink() {
		String base = AuditLog.hash(AuditLog.GENESIS, AT, "admin", "staff.create", "staff", "1", null, "{\"a\":1}");
		assertThat(base).hasSize(64).isEqualTo(
				AuditLog.hash(AuditLog.GENESIS, AT, "admin", "staff.create", "staff", "1", null, "{\"a\":1}"));
		assertThat(AuditLog.hash("1".repeat(64), AT, "admin", "staff.create", "staff", "1", null, "{\"a\":1}"))
			.isNotEqualTo(base);
		assertThat(AuditLog.hash(AuditLog.GENESIS, AT.plusNanos(1000), "admin", "staff.create", "staff", "1", null,
				"{\"a\":1}")).isNotEqualTo(base);
		assertThat(AuditLog.hash(AuditLog.GENESIS, AT, "other", "staff.create", "staff", "1", null, "{\"a\":1}"))
			.isNotEqualTo(base);
		assertThat(AuditLog.hash(AuditLog.GENESIS, AT, "admin", "staff.create", "staff", "1", null, "{\"a\":2}"))
			.isNotEqualTo(base);
		assertThat(AuditLog.hash(AuditLog.GENESIS, AT, "admin", "staff.create", "staff", "1", "{}", "{\"a\":1}"))
			.isNotEqualTo(base);
	}

	@Test
	void fieldsCannotBeShiftedIntoEachOther() {
		assertThat(AuditLog.hash(AuditLog.GENESIS, AT, "ab", "c", "t", "1", null, null))
			.isNotEqualTo(AuditLog.hash(AuditLog.GENESIS, AT, "a", "bc", "t", "1", null, null));
	}
}
