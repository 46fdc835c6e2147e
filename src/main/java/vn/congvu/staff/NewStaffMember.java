package vn.congvu.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A staff member to create, with their first assignment (unit, position, leadership post, from). */
public record NewStaffMember(@Nullable String staffCode, @Nullable String fullName, @Nullable StaffCategory category,
		@Nullable Gender gender,
		@Nullable LocalDate birthDate, @Nullable String email, long unitId, @Nullable String position,
		@Nullable Leadership leadership, LocalDate assignedFrom) {
}
