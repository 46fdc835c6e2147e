package vn.congvu.conduct.violations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which violations a dashboard or list counts: those that happened from {@code from} to {@code to} (inclusive) in
 * the unit's subtree, optionally of one severity, article, month or status. Without a status, dismissed ones are
 * left out (they were not violations after all).
 */
public record ViolationFilter(LocalDate from, LocalDate to, @Nullable Long unitId, @Nullable ViolationSeverity severity,
		@Nullable Long articleId, @Nullable ViolationStatus status) {
}
