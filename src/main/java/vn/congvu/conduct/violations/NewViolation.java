package vn.congvu.conduct.violations;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to record a violation.
 *
 * @param unitId the unit it happened in (it also counts against the unit's head)
 * @param staffId the person, when known
 * @param articleId the code article it breaks, when known
 * @param source where it came from (INSPECTION, CITIZEN_REPORT, MANUAL)
 * @param sourceRef the finding or report it came from; one violation per reference
 */
public record NewViolation(long unitId, @Nullable Long staffId, @Nullable Long articleId, ViolationSeverity severity,
		String description, String source, @Nullable String sourceRef, @Nullable LocalDate occurredOn) {
}
