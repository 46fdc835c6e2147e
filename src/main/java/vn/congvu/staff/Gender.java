package vn.congvu.staff;

/** Giới tính. */
public enum Gender {
	MALE, FEMALE
}
