package vn.congvu.staff;

/** Phân loại: the legal category of a staff member. */
public enum StaffCategory {
	/** Cán bộ: elected or appointed to a term. */
	CADRE,
	/** Công chức. */
	CIVIL_SERVANT,
	/** Viên chức: employed by a public service unit. */
	PUBLIC_EMPLOYEE,
	/** Người lao động: on a labour contract. */
	WORKER
}
