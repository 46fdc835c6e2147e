package vn.congvu.conduct.violations;

/** Hình thức xử lý: how a confirmed violation is dealt with. */
public enum ViolationHandling {
	/** Nhắc nhở. */
	REMINDER,
	/** Phê bình, kiểm điểm tại cuộc họp. */
	CRITICISM_IN_REVIEW,
	/** Xem xét kỷ luật. */
	DISCIPLINARY_CASE
}
