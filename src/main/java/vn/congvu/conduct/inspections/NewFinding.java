package vn.congvu.conduct.inspections;

import vn.congvu.conduct.violations.ViolationSeverity;

import org.jspecify.annotations.Nullable;

/** A finding noted during a visit: the unit (the inspected one or one inside it), the person, the article broken. */
public record NewFinding(long unitId, @Nullable Long staffId, @Nullable Long articleId, ViolationSeverity severity,
		String description) {
}
