package vn.congvu.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** What the public sees of a report by its tracking code: never the reporter's identity. */
public record ReportTracking(String trackingCode, String unitName, ReportKind kind, ReportStatus status,
		OffsetDateTime receivedAt, LocalDate dueOn, @Nullable OffsetDateTime resolvedAt, @Nullable String publicAnswer,
		boolean apology) {
}
