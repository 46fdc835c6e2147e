package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rank-uncertainty model prepared for drawing: flat arrays, one pass per draw. In each draw a unit's total is its
 * published total moved by every varied input:
 * <ul>
 * <li><b>weights</b>: each content's weight is drawn uniformly within its range (shared by all units; the total is
 * rescaled to the same maximum). Ranges contain the nominal weight, 100%.</li>
 * <li><b>judged lines</b>: a line the council changed is drawn uniformly within half the change on each side of the
 * final points (the council's judgement has a spread as wide as the change it made), cut to the line's bounds [0, its
 * maximum]; a self-assessed line accepted as it was, within the methodology's spread (percent of its maximum), cut
 * the same way.</li>
 * <li><b>survey</b>: with the number of answers known, a normal sampling error whose standard deviation is
 * {@code max·√(q(1−q)/n)} for a score at {@code q} of its maximum (the widest a bounded score's spread can be);
 * without it, uniformly within the methodology's spread; kept within [0, the survey's points].</li>
 * </ul>
 * The first format of publications ({@link #FIRST_FORMAT}) varied the weights and the changed lines without cutting
 * them to their bounds, and nothing else: it is kept so that those publications still reproduce.
 *
 * <p>{@link UncertaintyDraws} draws from it.
 */
final class UncertaintyModel {

	static final int FIRST_FORMAT = 1;
	static final int CURRENT_FORMAT = 2;

	final int units;
	final int contents;
	final long[] unitIds;
	final double[] base; // [content * units + unit]: the final points of the content
	final int[] spanStart; // [unit] → first index in spans of the unit's lines; length units+1
	final int[] spanSlot; // for each varied line: its cell in a tile of drawn points (content * UncertaintyDraws.TILE + unit % UncertaintyDraws.TILE)
	final int[] surveyDrawn; // the units whose survey points are drawn, in order
	final double[] offsets; // for each varied line: the centre of its draw against the final points (signed)
	final double[] spans; // for each varied line: the signed half-width of its draw around that centre
	final double[] weightLow;
	final double[] weightHigh;
	final double[] contentMax;
	final double counted; // Σ counted maxima of the weighted contents
	final double[] survey; // survey points or NaN (converted to 100)
	final double[] surveyDeviation; // > 0: normal sampling error; < 0: minus the half-width of a uniform spread
	final double surveyMax;
	final double appraisalMax;
	/** How many inputs each source varies: contents with a weight range, judged lines, units' survey points. */
	final int weightsVaried;
	final int linesVaried;
	final int surveysVaried;

	/**
	 * The same model varying one source alone: the arrays of the others are left out (no line drawn, weights and
	 * survey fixed), the rest shared.
	 */
	UncertaintyModel only(UncertaintySource source) {
		return new UncertaintyModel(this, source);
	}

	private UncertaintyModel(UncertaintyModel all, UncertaintySource source) {
		units = all.units;
		contents = all.contents;
		unitIds = all.unitIds;
		base = all.base;
		contentMax = all.contentMax;
		counted = all.counted;
		survey = all.survey;
		surveyMax = all.surveyMax;
		appraisalMax = all.appraisalMax;
		boolean weights = source == UncertaintySource.WEIGHTS;
		boolean lines = source == UncertaintySource.JUDGED_LINES;
		boolean surveys = source == UncertaintySource.SURVEY;
		weightLow = weights ? all.weightLow : filled(contents, 100);
		weightHigh = weights ? all.weightHigh : filled(contents, 100);
		spanStart = lines ? all.spanStart : new int[units + 1];
		spanSlot = lines ? all.spanSlot : new int[0];
		offsets = lines ? all.offsets : new double[0];
		spans = lines ? all.spans : new double[0];
		surveyDeviation = surveys ? all.surveyDeviation : new double[units];
		surveyDrawn = surveys ? all.surveyDrawn : new int[0];
		weightsVaried = weights ? all.weightsVaried : 0;
		linesVaried = lines ? all.linesVaried : 0;
		surveysVaried = surveys ? all.surveysVaried : 0;
	}

	private static double[] filled(int length, double value) {
		double[] array = new double[length];
		java.util.Arrays.fill(array, value);
		return array;
	}

	/** The model varying every source of the format. */
	UncertaintyModel(IndexInputs inputs, int format) {
		boolean current = format >= CURRENT_FORMAT;
		List<Item> contentItems = inputs.items().stream().filter(i -> i.level() == 1).toList();
		Map<String, Integer> contentIndex = new HashMap<>();
		for (int c = 0; c < contentItems.size(); c++) {
			contentIndex.put(contentItems.get(c).code(), c);
		}
		Map<String, String> contentOf = IndexResults.contentOf(inputs.items());
		List<Item> leaves = IndexResults.leaves(inputs.items());
		units = inputs.units().size();
		contents = contentItems.size();
		unitIds = new long[units];
		base = new double[units * contents];
		spanStart = new int[units + 1];
		survey = new double[units];
		surveyDeviation = new double[units];
		weightLow = new double[contents];
		weightHigh = new double[contents];
		contentMax = new double[contents];
		for (Item leaf : leaves) {
			if (leaf.scoring().counted()) {
				contentMax[contentIndex.get(contentOf.get(leaf.code()))] += leaf.maxPoints().doubleValue();
			}
		}
		double weighted = 0;
		int ranges = 0;
		for (int c = 0; c < contents; c++) {
			Item item = contentItems.get(c);
			weightLow[c] = item.weightLow() == null ? 100 : item.weightLow().doubleValue();
			weightHigh[c] = item.weightHigh() == null ? 100 : item.weightHigh().doubleValue();
			ranges += weightHigh[c] > weightLow[c] ? 1 : 0;
			weighted += contentMax[c];
		}
		weightsVaried = ranges;
		counted = weighted;
		appraisalMax = IndexResults.appraisalMax(inputs.items()).doubleValue();
		surveyMax = inputs.surveyMax().doubleValue();
		IndexInputs.Uncertainty uncertainty = inputs.uncertainty() == null ? IndexInputs.Uncertainty.NONE
				: inputs.uncertainty();
		double acceptedSpread = !current || uncertainty.acceptedLineSpread() == null ? 0
				: uncertainty.acceptedLineSpread().doubleValue() / 100;
		double surveySpread = uncertainty.surveySpread() == null ? 0 : uncertainty.surveySpread().doubleValue();
		List<List<double[]>> perCell = new ArrayList<>(); // [unit * contents + content]: drawn in that order
		for (int i = 0; i < units * contents; i++) {
			perCell.add(new ArrayList<>());
		}
		int surveyCount = 0;
		for (int u = 0; u < units; u++) {
			IndexInputs.Unit unit = inputs.units().get(u);
			unitIds[u] = unit.unitId();
			survey[u] = unit.survey() == null ? (inputs.surveyMax().signum() > 0 ? Double.NaN : 0)
					: unit.survey().doubleValue();
			if (current && unit.survey() != null) {
				surveyDeviation[u] = surveyDeviation(survey[u], unit.surveyAnswers(), surveySpread);
				surveyCount += surveyDeviation[u] != 0 ? 1 : 0;
			}
			for (Item leaf : leaves) {
				int cell = contentIndex.get(contentOf.get(leaf.code())) * units + u;
				BigDecimal points = unit.points().getOrDefault(leaf.code(), BigDecimal.ZERO);
				base[cell] += leaf.sign() * points.doubleValue();
				BigDecimal claimed = unit.claimed().get(leaf.code());
				double halfWidth = 0;
				if (claimed != null && claimed.compareTo(points) != 0) {
					halfWidth = Math.abs(claimed.doubleValue() - points.doubleValue()) / 2;
				}
				else if (acceptedSpread > 0 && leaf.scoring() == Item.Scoring.MANUAL
						&& unit.points().containsKey(leaf.code())) {
					halfWidth = acceptedSpread * leaf.maxPoints().doubleValue();
				}
				if (halfWidth > 0) {
					perCell.get(u * contents + cell / units).add(current ? withinBounds(points.doubleValue(), halfWidth,
							leaf.maxPoints().doubleValue(), leaf.sign()) : new double[] { 0, leaf.sign() * halfWidth });
				}
			}
		}
		surveysVaried = surveyCount;
		List<double[]> spanList = new ArrayList<>();
		List<Integer> cells = new ArrayList<>();
		for (int u = 0; u < units; u++) {
			spanStart[u] = spanList.size();
			for (int c = 0; c < contents; c++) {
				for (double[] span : perCell.get(u * contents + c)) {
					spanList.add(span);
					cells.add(c * UncertaintyDraws.TILE + u % UncertaintyDraws.TILE);
				}
			}
		}
		spanStart[units] = spanList.size();
		spanSlot = cells.stream().mapToInt(Integer::intValue).toArray();
		surveyDrawn = java.util.stream.IntStream.range(0, units)
			.filter(u -> surveyDeviation[u] != 0 && !Double.isNaN(survey[u])).toArray();
		offsets = spanList.stream().mapToDouble(s -> s[0]).toArray();
		spans = spanList.stream().mapToDouble(s -> s[1]).toArray();
		linesVaried = (int) java.util.Arrays.stream(spans).filter(s -> s != 0).count();
	}

	/**
	 * The draw of a line at {@code points} with a spread of {@code halfWidth} each side, cut to [0, maximum] (a bonus
	 * or penalty line without a maximum is only kept above 0): its centre against the points, and its half-width, both
	 * signed as the line counts.
	 */
	static double[] withinBounds(double points, double halfWidth, double maximum, int sign) {
		double low = Math.max(-halfWidth, -points);
		double high = maximum > 0 ? Math.min(halfWidth, maximum - points) : halfWidth;
		if (high <= low) { // points outside their own bounds (or no room): not varied
			return new double[] { 0, 0 };
		}
		return new double[] { sign * (low + high) / 2, sign * (high - low) / 2 };
	}

	/** The survey's spread: a sampling error from the number of answers, else the configured spread, else none. */
	private double surveyDeviation(double points, @org.jspecify.annotations.Nullable Integer answers, double spread) {
		if (answers != null && answers > 0 && surveyMax > 0) {
			double share = Math.clamp(points / surveyMax, 0, 1);
			return surveyMax * Math.sqrt(share * (1 - share) / answers);
		}
		return -spread;
	}
}
