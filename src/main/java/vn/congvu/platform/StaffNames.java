package vn.congvu.platform;

import java.util.Optional;

/** Staff records for linking an account to the person who uses it; the staff module provides it. */
public interface StaffNames {

	record Person(long id, String code, String fullName) {
	}

	Optional<Person> byCode(String staffCode);

	/** Full names of several staff members in one look-up, by id. */
	java.util.Map<Long, String> fullNamesOf(java.util.Collection<Long> staffIds);

	/**
	 * The staff members a directory names by {@code value}: those whose e-mail address is the value (letter case
	 * aside) or whose staff code is the value. More than one means the value cannot say who signed in.
	 */
	java.util.List<Long> byEmailOrCode(String value);

	/** The e-mail addresses of those of several staff members who have one, by id. */
	java.util.Map<Long, String> emailsOf(java.util.Collection<Long> staffIds);
}
