package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything a year's results are computed from, and nothing else: the methodology's items, the survey's share, the
 * group thresholds, and each unit's final points per leaf (with what the unit claimed, for the uncertainty analysis)
 * and survey points. A publication stores exactly this, so that its figures can be recomputed.
 *
 * @param surveyMax points of the survey component on the 100-point scale
 * @param uncertainty how the rank-uncertainty analysis varies the judged inputs; null in snapshots of the first format
 */
public record IndexInputs(int year, String unitType, String methodologyName, List<Item> items, BigDecimal surveyMax,
		List<Group> groups, List<Unit> units, @Nullable Uncertainty uncertainty) {

	/** Inputs whose analysis varies only what the council changed and the weights. */
	public IndexInputs(int year, String unitType, String methodologyName, List<Item> items, BigDecimal surveyMax,
			List<Group> groups, List<Unit> units) {
		this(year, unitType, methodologyName, items, surveyMax, groups, units, Uncertainty.NONE);
	}

	/**
	 * The methodology's parameters of the analysis.
	 *
	 * @param acceptedLineSpread for a self-assessed line the council accepted as it was, the spread of its points
	 *        (percent of its maximum, each side); null or 0: such lines are taken as they are
	 * @param surveySpread for a unit whose number of survey answers is unknown, the spread of its survey points
	 *        (points, each side); null or 0: not varied
	 */
	public record Uncertainty(@Nullable BigDecimal acceptedLineSpread, @Nullable BigDecimal surveySpread) {

		public static final Uncertainty NONE = new Uncertainty(null, null);
	}

	/** A group and the lowest percentage that reaches it (A from 90%...). */
	public record Group(String label, BigDecimal minPercent) {
	}

	/**
	 * One unit's points.
	 *
	 * @param points final points per leaf code (after appraisal)
	 * @param claimed the unit's self-assessed points per leaf code, where they differ from the final ones
	 * @param survey survey points, or null when no survey was made (the appraisal is then converted to 100)
	 * @param previous last year's percent of maximum, with how it was obtained, or null
	 * @param surveyAnswers how many answers the survey points stand on, when known (their sampling error)
	 */
	public record Unit(long unitId, String code, String name, Map<String, BigDecimal> points,
			Map<String, BigDecimal> claimed, @Nullable BigDecimal survey, @Nullable Previous previous,
			@Nullable Integer surveyAnswers) {

		public Unit(long unitId, String code, String name, Map<String, BigDecimal> points,
				Map<String, BigDecimal> claimed, @Nullable BigDecimal survey, @Nullable Previous previous) {
			this(unitId, code, name, points, claimed, survey, previous, null);
		}
	}

	/**
	 * Last year's result to compare with: the unit's own, or, for a unit formed in a reorganisation, the mean of the
	 * former units it was formed from (named in {@code basis}).
	 */
	public record Previous(BigDecimal percent, @Nullable String basis) {
	}
}
