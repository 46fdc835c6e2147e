package vn.congvu.conduct.inspections;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published for each corrective action when its visit's conclusion is confirmed: evaluation makes it a task of its
 * owner ("one task, one focal point").
 */
public record CorrectiveActionIssued(long actionId, long unitId, @Nullable Long ownerStaffId, String description,
		LocalDate dueOn, String planTitle) {
}
