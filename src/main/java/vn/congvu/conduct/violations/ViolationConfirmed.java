package vn.congvu.conduct.violations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published when a violation is confirmed; evaluation will deduct from the person's results and from those of the
 * unit's head ({@code unitHeadId}, the head on the day it happened, when there was one).
 */
public record ViolationConfirmed(long violationId, long unitId, @Nullable Long staffId, @Nullable Long unitHeadId,
		ViolationSeverity severity, LocalDate occurredOn) {
}
