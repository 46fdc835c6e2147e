package vn.congvu.conduct.inspections;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Yêu cầu khắc phục: who must fix what by when, and what the re-check found. */
public record CorrectiveActionView(long id, long planId, String planTitle, long unitId, String unitName,
		@Nullable Long ownerStaffId, @Nullable String ownerName, String description, LocalDate dueOn,
		CorrectiveActionStatus status, @Nullable LocalDate recheckedOn, @Nullable String recheckNote,
		boolean overdue) {
}
