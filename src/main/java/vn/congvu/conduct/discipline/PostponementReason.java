package vn.congvu.conduct.discipline;

/** Chưa xem xét kỷ luật: the three situations in which a case waits (Decree 172/2025, as in 112/2020). */
public enum PostponementReason {
	/** Đang điều trị bệnh nặng, nằm viện. */
	ILLNESS,
	/** Đang mang thai, nghỉ thai sản, nuôi con dưới 12 tháng tuổi (unless the person asks to proceed). */
	PREGNANCY_OR_YOUNG_CHILD,
	/** Đang bị khởi tố, tạm giữ, tạm giam chờ kết luận của cơ quan có thẩm quyền. */
	UNDER_PROSECUTION
}
