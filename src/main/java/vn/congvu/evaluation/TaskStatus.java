package vn.congvu.evaluation;

/** Trạng thái nhiệm vụ. */
public enum TaskStatus {
	/** Đang thực hiện. */
	OPEN,
	/** Đã nộp sản phẩm, chờ nghiệm thu. */
	SUBMITTED,
	/** Bị trả lại để làm lại. */
	REWORK,
	/** Sản phẩm được nghiệm thu. */
	ACCEPTED,
	/** Đã hủy. */
	CANCELLED;

	public boolean finished() {
		return this == ACCEPTED || this == CANCELLED;
	}
}
