package vn.congvu.conduct.violations;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Trạng thái vi phạm: recorded → awaiting explanation (the person or the unit head may explain by a deadline) →
 * confirmed or dismissed → handled (reminder, criticism in a review meeting, or a disciplinary case).
 */
public enum ViolationStatus {
	RECORDED, AWAITING_EXPLANATION, CONFIRMED, DISMISSED, HANDLED;

	private static final Map<ViolationStatus, Set<ViolationStatus>> NEXT = Map.of(
			RECORDED, EnumSet.of(AWAITING_EXPLANATION, DISMISSED),
			AWAITING_EXPLANATION, EnumSet.of(CONFIRMED, DISMISSED),
			CONFIRMED, EnumSet.of(HANDLED),
			DISMISSED, EnumSet.noneOf(ViolationStatus.class),
			HANDLED, EnumSet.noneOf(ViolationStatus.class));

	public boolean canBecome(ViolationStatus next) {
		return NEXT.get(this).contains(next);
	}
}
