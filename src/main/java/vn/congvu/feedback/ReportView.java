package vn.congvu.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A report as officers see it. {@code reporterName} and {@code reporterContact} are filled only for the investigator
 * assigned to it; everyone else gets them empty.
 */
public record ReportView(long id, String trackingCode, long unitId, String unitName, ReportKind kind,
		LocalDate occurredOn, String description, boolean anonymous, @Nullable String reporterName,
		@Nullable String reporterContact, ReportStatus status, @Nullable Long handlingUnitId,
		@Nullable String investigator, LocalDate dueOn, @Nullable Boolean substantiated, @Nullable String publicAnswer,
		boolean apology, OffsetDateTime receivedAt, @Nullable OffsetDateTime resolvedAt, @Nullable String assignedBy) {

	public boolean overdue(LocalDate today) {
		return !status.ended() && today.isAfter(dueOn);
	}
}
