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

		/** The totals of one draw, into {@code totals}; {@code factors} is scratch space of one per content. */
		void draw(long seed, int draw, double[] factors, double[] totals) {
			SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (draw + 1L)));
			double weightedMax = 0;
			for (int c = 0; c < contents; c++) {
				factors[c] = (weightLow[c] + random.nextDouble() * (weightHigh[c] - weightLow[c])) / 100;
				weightedMax += factors[c] * contentMax[c];
			}
			double scale = weightedMax > 0 ? counted / weightedMax : 1;
			for (int c = 0; c < contents; c++) { // bonus and penalty contents (no maximum) are not weighted
				factors[c] = contentMax[c] > 0 ? factors[c] * scale : 1;
			}
			for (int u = 0, row = 0; u < units; u++, row += contents) {
				double appraisal = 0;
				int s = spanStart[row];
				for (int c = 0; c < contents; c++) {
					double value = base[row + c];
					for (int end = spanStart[row + c + 1]; s < end; s++) {
						value += (2 * random.nextDouble() - 1) * spans[s];
					}
					appraisal += factors[c] * value;
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
			long[] keys = new long[n];
			long[] scratch = new long[n];
			for (int d = chunk; d < draws; d += chunks) {
				model.draw(seed, d, weights, totals);
				rank(totals, keys, scratch, histogram, n);
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

	/** Totals are compared at a millionth of a point: closer than that, two units share a rank. */
	private static final double RESOLUTION = 1e6;
	private static final int INDEX_BITS = 22;

	/**
	 * Ranks one draw's totals (standard competition: equal totals share the better rank) and counts each unit's rank.
	 * Each total is packed with its unit's index into one long, so one primitive sort orders them; ranks are then
	 * read in one pass, best first.
	 */
	static void rank(double[] totals, long[] keys, long[] scratch, int[] histogram, int n) {
		for (int u = 0; u < n; u++) {
			// totals between -1,000 and 7,000 points (a 100-point scale leaves plenty of room) fit in 33 bits
			long quantized = Math.clamp(Math.round((totals[u] + 1_000) * RESOLUTION), 0L, (1L << 33) - 1);
			keys[u] = (quantized << INDEX_BITS) | u;
		}
		radixSort(keys, scratch, n);
		int rank = 1;
		long previous = Long.MIN_VALUE;
		for (int i = n - 1, position = 1; i >= 0; i--, position++) {
			long value = keys[i] >>> INDEX_BITS;
			if (value != previous) {
				rank = position;
				previous = value;
			}
			histogram[(int) (keys[i] & ((1 << INDEX_BITS) - 1)) * n + rank - 1]++;
		}
	}

	private static final int DIGIT = 11;

	/** Sorts non-negative keys below 2^55 ascending: five passes of an 11-bit least-significant-digit radix sort. */
	static void radixSort(long[] keys, long[] scratch, int n) {
		int[] counts = new int[1 << DIGIT];
		long[] from = keys;
		long[] to = scratch;
		for (int shift = 0; shift < 55; shift += DIGIT) {
			java.util.Arrays.fill(counts, 0);
			for (int i = 0; i < n; i++) {
				counts[(int) (from[i] >>> shift) & ((1 << DIGIT) - 1)]++;
			}
			for (int d = 0, sum = 0; d < counts.length; d++) {
				int count = counts[d];
				counts[d] = sum;
				sum += count;
			}
			for (int i = 0; i < n; i++) {
				to[counts[(int) (from[i] >>> shift) & ((1 << DIGIT) - 1)]++] = from[i];
			}
			long[] swap = from;
			from = to;
			to = swap;
		}
		if (from != keys) {
			System.arraycopy(from, 0, keys, 0, n);
		}
	}
}
