package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How sure is a rank? A Monte Carlo analysis, as audited composite indices report it: in each draw, every content's
 * weight is drawn within its range (uniform, shared by all units; the total is rescaled to the same maximum), and
 * every sub-criterion the council adjusted is drawn uniformly within half the adjustment on each side of the final
 * points (the council's judgement has a spread as wide as the change it made). Units are ranked in every draw; the
 * median rank and the 5% and 95% ranks are reported.
 *
 * <p>Each draw has its own random stream derived from the seed and the draw's number, so the result is the same for
 * the same seed whatever the number of threads.
 */
public final class RankUncertainty {

	private RankUncertainty() {
	}

	/** A unit's rank distribution summary. */
	public record Interval(long unitId, int median, int low, int high) {
	}

	/** The model prepared for drawing: flat arrays, one pass per draw. */
	static final class Model {

		final int units;
		final int contents;
		final long[] unitIds;
		final double[] base; // [unit * contents + content]: the final points of the content
		final int[] spanStart; // [unit * contents + content] → first index in spans; length units*contents+1
		final double[] spans; // for each adjusted leaf: its signed half-width around the final points
		final double[] weightLow;
		final double[] weightHigh;
		final double[] contentMax;
		final double counted; // Σ counted maxima of the weighted contents
		final double[] survey; // survey points or NaN (converted to 100)
		final double appraisalMax;

		Model(IndexInputs inputs) {
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
			spanStart = new int[units * contents + 1];
			survey = new double[units];
			weightLow = new double[contents];
			weightHigh = new double[contents];
			contentMax = new double[contents];
			for (Item leaf : leaves) {
				if (leaf.scoring().counted()) {
					contentMax[contentIndex.get(contentOf.get(leaf.code()))] += leaf.maxPoints().doubleValue();
				}
			}
			double weighted = 0;
			for (int c = 0; c < contents; c++) {
				Item item = contentItems.get(c);
				weightLow[c] = item.weightLow() == null ? 100 : item.weightLow().doubleValue();
				weightHigh[c] = item.weightHigh() == null ? 100 : item.weightHigh().doubleValue();
				weighted += contentMax[c];
			}
			counted = weighted;
			appraisalMax = IndexResults.appraisalMax(inputs.items()).doubleValue();
			List<Double> spanList = new ArrayList<>();
			List<List<Double>> perCell = new ArrayList<>();
			for (int i = 0; i < units * contents; i++) {
				perCell.add(new ArrayList<>());
			}
			for (int u = 0; u < units; u++) {
				IndexInputs.Unit unit = inputs.units().get(u);
				unitIds[u] = unit.unitId();
				survey[u] = unit.survey() == null ? (inputs.surveyMax().signum() > 0 ? Double.NaN : 0)
						: unit.survey().doubleValue();
				for (Item leaf : leaves) {
					int cell = u * contents + contentIndex.get(contentOf.get(leaf.code()));
					BigDecimal points = unit.points().getOrDefault(leaf.code(), BigDecimal.ZERO);
					base[cell] += leaf.sign() * points.doubleValue();
					BigDecimal claimed = unit.claimed().get(leaf.code());
					if (claimed != null && claimed.compareTo(points) != 0) {
						perCell.get(cell).add(leaf.sign() * Math.abs(claimed.doubleValue() - points.doubleValue()) / 2);
					}
				}
			}
			for (int cell = 0; cell < units * contents; cell++) {
				spanStart[cell] = spanList.size();
				spanList.addAll(perCell.get(cell));
			}
			spanStart[units * contents] = spanList.size();
			spans = spanList.stream().mapToDouble(Double::doubleValue).toArray();
		}

		/** The totals of one draw, into {@code totals}. */
		void draw(long seed, int draw, double[] weights, double[] totals) {
			SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (draw + 1L)));
			double weightedMax = 0;
			for (int c = 0; c < contents; c++) {
				weights[c] = (weightLow[c] + random.nextDouble() * (weightHigh[c] - weightLow[c])) / 100;
				weightedMax += weights[c] * contentMax[c];
			}
			double scale = weightedMax > 0 ? counted / weightedMax : 1;
			for (int u = 0; u < units; u++) {
				double appraisal = 0;
				int row = u * contents;
				for (int c = 0; c < contents; c++) {
					double value = base[row + c];
					for (int s = spanStart[row + c], end = spanStart[row + c + 1]; s < end; s++) {
						value += (2 * random.nextDouble() - 1) * spans[s];
					}
					appraisal += contentMax[c] > 0 ? weights[c] * scale * value : value;
				}
				totals[u] = Double.isNaN(survey[u]) ? appraisal * 100 / appraisalMax : appraisal + survey[u];
			}
		}
	}

	/** Runs {@code draws} draws from {@code seed}; returns each unit's median, 5% and 95% rank. */
	public static List<Interval> run(IndexInputs inputs, long seed, int draws) {
		Model model = new Model(inputs);
		int n = model.units;
		if (n == 0) {
			return List.of();
		}
		int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), draws / 64 + 1));
		int[][] counts = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
			int[] histogram = new int[n * n]; // [unit * n + rank-1]
			double[] weights = new double[model.contents];
			double[] totals = new double[n];
			double[] sorted = new double[n];
			for (int d = chunk; d < draws; d += chunks) {
				model.draw(seed, d, weights, totals);
				System.arraycopy(totals, 0, sorted, 0, n);
				Arrays.sort(sorted);
				for (int u = 0; u < n; u++) {
					int greater = n - upperBound(sorted, totals[u]);
					histogram[u * n + greater]++;
				}
			}
			return histogram;
		}).toArray(int[][]::new);
		List<Interval> intervals = new ArrayList<>(n);
		for (int u = 0; u < n; u++) {
			int cumulative = 0;
			int low = 0;
			int median = 0;
			int high = 0;
			for (int r = 0; r < n; r++) {
				for (int[] histogram : counts) {
					cumulative += histogram[u * n + r];
				}
				if (low == 0 && cumulative >= Math.ceil(0.05 * draws)) {
					low = r + 1;
				}
				if (median == 0 && cumulative >= Math.ceil(0.5 * draws)) {
					median = r + 1;
				}
				if (high == 0 && cumulative >= Math.ceil(0.95 * draws)) {
					high = r + 1;
					break;
				}
			}
			intervals.add(new Interval(model.unitIds[u], median, low, high));
		}
		return intervals;
	}

	/** The first index whose value is greater than {@code value} in an ascending array. */
	private static int upperBound(double[] sorted, double value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] <= value) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}
}
