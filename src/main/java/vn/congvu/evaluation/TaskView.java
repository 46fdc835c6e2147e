package vn.congvu.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Nhiệm vụ as a page shows it: the owner and co-workers by name, the process, the deadline and the history. */
public record TaskView(long id, long unitId, String unitName, long ownerStaffId, String ownerName, String title,
		String expectedProduct, @Nullable String steps, TaskOrigin origin, @Nullable String originRef, LocalDate dueOn,
		TaskStatus status, int progressPercent, @Nullable LocalDate submittedOn, boolean firstSubmittedLate,
		int reworkCount, @Nullable LocalDate acceptedOn, @Nullable String objectiveCause, String assignedBy,
		boolean overdue, List<String> coworkers, List<Step> history) {

	/** One entry of the history. */
	public record Step(String kind, @Nullable String note, String actor, OffsetDateTime at) {
	}

	public TaskView withDetails(List<String> coworkerNames, List<Step> steps) {
		return new TaskView(id, unitId, unitName, ownerStaffId, ownerName, title, expectedProduct, this.steps, origin,
				originRef, dueOn, status, progressPercent, submittedOn, firstSubmittedLate, reworkCount, acceptedOn,
				objectiveCause, assignedBy, overdue, coworkerNames, steps);
	}
}
