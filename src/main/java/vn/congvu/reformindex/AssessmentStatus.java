package vn.congvu.reformindex;

import java.util.Map;
import java.util.Set;

/**
 * Where a unit's assessment stands: the unit fills it in (OPEN) until it submits or the deadline passes (SUBMITTED);
 * the officer adjusts lines and the council votes until a majority approves (APPRAISED); the unit may respond once
 * (RESPONDED); the officer makes it final (FINAL), after the response or once the time to respond has passed.
 */
public enum AssessmentStatus {

	OPEN, SUBMITTED, APPRAISED, RESPONDED, FINAL;

	private static final Map<AssessmentStatus, Set<AssessmentStatus>> NEXT = Map.of(OPEN, Set.of(SUBMITTED), SUBMITTED,
			Set.of(APPRAISED), APPRAISED, Set.of(RESPONDED, FINAL), RESPONDED, Set.of(FINAL), FINAL, Set.of());

	public boolean canBecome(AssessmentStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** The officer adjusts lines while the council has not approved, and again after the unit's response. */
	public boolean appraisable() {
		return this == SUBMITTED || this == RESPONDED;
	}
}
