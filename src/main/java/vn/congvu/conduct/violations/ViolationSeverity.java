package vn.congvu.conduct.violations;

/** Mức độ vi phạm: the four levels the discipline decrees use, lightest first. */
public enum ViolationSeverity {
	/** Ít nghiêm trọng. */
	MINOR,
	/** Nghiêm trọng. */
	SERIOUS,
	/** Rất nghiêm trọng. */
	VERY_SERIOUS,
	/** Đặc biệt nghiêm trọng. */
	ESPECIALLY_SERIOUS
}
