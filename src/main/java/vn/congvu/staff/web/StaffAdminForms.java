package vn.congvu.staff.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.congvu.staff.Gender;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.StaffCategory;

/**
 * The forms of {@link StaffAdminController}, each a record bound by Spring: a day or a choice that cannot be read
 * refuses the form at its field; what is missing is said by the rules of {@code StaffManagement}.
 */
final class StaffAdminForms {

	private StaffAdminForms() {
	}

	/** A new person with their first assignment. */
	record Person(String staffCode, String fullName, @Nullable StaffCategory category,
			@Nullable Gender gender, @Nullable LocalDate birthDate, String email, @Nullable Long unitId,
			String position, @Nullable Leadership leadership, @Nullable LocalDate assignedFrom) {

		Person {
			staffCode = staffCode == null ? "" : staffCode;
			fullName = fullName == null ? "" : fullName;
			email = email == null ? "" : email;
			position = position == null ? "" : position;
		}
	}

	/** A person's own details, corrected. */
	record Details(String fullName, @Nullable StaffCategory category, @Nullable Gender gender,
			@Nullable LocalDate birthDate, String email) {

		Details {
			fullName = fullName == null ? "" : fullName;
			email = email == null ? "" : email;
		}
	}

	/** A transfer to another unit from a day. */
	record Transfer(@Nullable Long unitId, String position, @Nullable Leadership leadership,
			@Nullable LocalDate from) {

		Transfer {
			position = position == null ? "" : position;
		}
	}

	/** The end of the current assignment. */
	record End(@Nullable LocalDate lastDay, String reason) {

		End {
			reason = reason == null ? "" : reason;
		}
	}
}
