package vn.congvu.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A staff member in a list, with the assignment valid on the list's date. */
public record StaffRow(long id, String staffCode, String fullName, StaffCategory category, Gender gender,
		@Nullable LocalDate birthDate, long unitId, String unitCode, String unitName, String position,
		@Nullable Leadership leadership, LocalDate assignedFrom) {

	/** The same row without personal data, for viewers who do not manage staff. */
	public StaffRow withoutPersonalData() {
		return new StaffRow(id, staffCode, fullName, category, gender, null, unitId, unitCode, unitName, position,
				leadership, assignedFrom);
	}
}
