package vn.congvu.staff;

/** Chức vụ lãnh đạo: head (trưởng, thủ trưởng) or deputy (phó) of the unit. */
public enum Leadership {
	HEAD, DEPUTY
}
