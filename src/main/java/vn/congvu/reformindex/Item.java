package vn.congvu.reformindex;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a methodology: a content (level 1), a criterion (2) or a sub-criterion (3). Points are given on leaves;
 * a parent's maximum is the sum of its counted children.
 *
 * @param scoring how a leaf is scored: by the unit and the council, as a bonus, as a penalty, or computed from data
 * @param source for a computed leaf, the data it comes from
 * @param weightLow / weightHigh for a content, the range of its weight (percent of nominal) in the rank-uncertainty
 *        analysis; null when fixed
 */
public record Item(long id, String code, @Nullable String parentCode, int level, int position, String name,
		BigDecimal maxPoints, Scoring scoring, @Nullable Source source, boolean evidenceRequired,
		@Nullable String guidance, @Nullable BigDecimal weightLow, @Nullable BigDecimal weightHigh) {

	public enum Scoring {
		MANUAL, BONUS, PENALTY, COMPUTED;

		/** Whether the leaf's maximum counts towards the 100-point scale (bonus and penalty do not). */
		public boolean counted() {
			return this == MANUAL || this == COMPUTED;
		}
	}

	public enum Source {
		/** Share of one-stop dossiers settled on time in the year (imported monthly statistics). */
		ONE_STOP_ON_TIME,
		/** The satisfaction index of the unit's citizens in the year (the SIPAS elements of feedback). */
		SATISFACTION,
		/** Share of the corrective actions due in the year that the re-check found done by their due day. */
		CORRECTIVE_ON_TIME
	}

	public int sign() {
		return scoring == Scoring.PENALTY ? -1 : 1;
	}
}
