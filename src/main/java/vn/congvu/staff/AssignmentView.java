package vn.congvu.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Bố trí công tác: one assignment of a person to a unit, {@code validTo} exclusive. */
public record AssignmentView(long id, long unitId, String unitCode, String unitName, String position,
		@Nullable Leadership leadership, LocalDate validFrom, @Nullable LocalDate validTo) {
}
