package vn.congvu.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A staff member to create, with their first assignment (unit, position, leadership post, from). */
public record NewStaffMember(String staffCode, String fullName, StaffCategory category, Gender gender,
		@Nullable LocalDate birthDate, @Nullable String email, long unitId, String position,
		@Nullable Leadership leadership, LocalDate assignedFrom) {
}
