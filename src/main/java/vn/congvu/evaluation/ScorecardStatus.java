package vn.congvu.evaluation;

/** Trạng thái phiếu đánh giá: suggested → self-assessed → reviewed by the supervisor → approved by the head. */
public enum ScorecardStatus {
	/** Hệ thống đã đề xuất, chờ tự đánh giá. */
	DRAFT,
	/** Đã tự đánh giá, chờ quản lý trực tiếp. */
	SELF_ASSESSED,
	/** Quản lý trực tiếp đã nhận xét, chờ thủ trưởng phê duyệt. */
	REVIEWED,
	/** Thủ trưởng đã phê duyệt: không sửa được, chỉ đính chính bằng phiên bản mới. */
	APPROVED,
	/** Vắng mặt cả tháng (nghỉ phép, nghỉ ốm, đi học...): không chấm điểm. */
	ABSENT
}
