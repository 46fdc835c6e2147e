package vn.congvu.conduct;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An inspection plan as a list shows it. */
public record InspectionPlanView(long id, long teamId, String teamName, long unitId, String unitName,
		InspectionKind kind, String title, LocalDate plannedOn, @Nullable OffsetDateTime startedAt) {

	public boolean started() {
		return startedAt != null;
	}
}
