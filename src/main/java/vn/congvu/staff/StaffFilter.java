package vn.congvu.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which people a list shows: assigned on {@code asOf}, optionally matching text, optionally within a unit's subtree. */
public record StaffFilter(LocalDate asOf, @Nullable String text, @Nullable Long unitId) {

	public static StaffFilter asOf(LocalDate date) {
		return new StaffFilter(date, null, null);
	}
}
