package vn.congvu.conduct.discipline;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Bước xử lý kỷ luật: opened → review meeting (họp kiểm điểm; skipped only in the cases the decree allows, with a
 * reason) → disciplinary council (hội đồng kỷ luật) → decision; at the meeting or the council the case may end
 * without discipline.
 */
public enum CaseStage {
	OPENED, REVIEW_MEETING, COUNCIL, DECIDED, NO_DISCIPLINE;

	private static final Map<CaseStage, Set<CaseStage>> NEXT = Map.of(
			OPENED, EnumSet.of(REVIEW_MEETING, COUNCIL, NO_DISCIPLINE),
			REVIEW_MEETING, EnumSet.of(COUNCIL, NO_DISCIPLINE),
			COUNCIL, EnumSet.of(DECIDED, NO_DISCIPLINE),
			DECIDED, EnumSet.noneOf(CaseStage.class),
			NO_DISCIPLINE, EnumSet.noneOf(CaseStage.class));

	public boolean canBecome(CaseStage next) {
		return NEXT.get(this).contains(next);
	}

	/** Going straight from opened to the council skips the review meeting, which needs a stated reason. */
	public boolean skipsReviewMeeting(CaseStage next) {
		return this == OPENED && next == COUNCIL;
	}

	public boolean finished() {
		return this == DECIDED || this == NO_DISCIPLINE;
	}
}
