package vn.congvu.feedback;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A harassment report as a citizen files it; name and contact are optional when {@code anonymous}. */
public record NewReport(@Nullable Long unitId, @Nullable ReportKind kind, @Nullable LocalDate occurredOn,
		@Nullable String description, boolean anonymous, @Nullable String reporterName,
		@Nullable String reporterContact) {
}
