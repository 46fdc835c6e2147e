package vn.congvu.conduct;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Published when a violation is confirmed; evaluation will deduct from the person's and the unit head's results. */
public record ViolationConfirmed(long violationId, long unitId, @Nullable Long staffId, String severity,
		LocalDate occurredOn) {
}
