package vn.congvu.evaluation;

/** Nguồn nhiệm vụ: where a task comes from. */
public enum TaskOrigin {
	/** Chỉ đạo của lãnh đạo. */
	DIRECTIVE,
	/** Kết luận hội nghị, cuộc họp. */
	CONFERENCE,
	/** Yêu cầu khắc phục sau kiểm tra công vụ. */
	CORRECTIVE_ACTION,
	/** Tiêu chí Chỉ số CCHC (PAR Index). */
	PAR_CRITERION
}
