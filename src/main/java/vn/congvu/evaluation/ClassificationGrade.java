package vn.congvu.evaluation;

/** Mức xếp loại chất lượng: the four levels, best first; {@link #NOT_CLASSIFIED} for a year with too few months. */
public enum ClassificationGrade {
	/** Hoàn thành xuất sắc nhiệm vụ (A). */
	EXCELLENT,
	/** Hoàn thành tốt nhiệm vụ (B). */
	GOOD,
	/** Hoàn thành nhiệm vụ (C). */
	COMPLETED,
	/** Không hoàn thành nhiệm vụ (D). */
	NOT_COMPLETED,
	/** Không xếp loại: worked fewer months than the rule set requires. */
	NOT_CLASSIFIED;

	/** Whether this level is worse than {@code other}. */
	public boolean worseThan(ClassificationGrade other) {
		return ordinal() > other.ordinal();
	}
}
