package vn.congvu.conduct.inspections;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An inspection plan as a list shows it. */
public record InspectionPlanView(long id, long teamId, String teamName, long teamLeaderId, long unitId,
		String unitName, String unitPath, InspectionKind kind, String title, LocalDate plannedOn,
		@Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime concludedAt, @Nullable OffsetDateTime cancelledAt,
		@Nullable String cancelReason) {

	public boolean cancelled() {
		return cancelledAt != null;
	}

	public boolean started() {
		return startedAt != null;
	}

	/** The day the visit took place (the day it started, in Vietnam), or the planned day before it starts. */
	public LocalDate visitDay() {
		return startedAt == null ? plannedOn : vn.congvu.shared.VietnameseDates.dayOf(startedAt);
	}

	/** The team leader has confirmed the conclusion; the visit can no longer change. */
	public boolean concluded() {
		return concludedAt != null;
	}
}
