package vn.congvu.reformindex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * How sure is a rank? A Monte Carlo analysis, as audited composite indices report it ({@link UncertaintyModel} says
 * what each draw varies): units are ranked in every draw, and each unit's median rank and 5% and 95% ranks are
 * reported. The published interval always holds the published rank: where the draws fall wholly to one side of it
 * (a unit tied with many others, or a line cut at its maximum), the interval is widened to reach it, and the 5%–95%
 * ranks of the draws are published beside it, so a reader sees both.
 *
 * <p>With each publication comes a sensitivity summary: the analysis run again with each source alone (the weights,
 * the judged lines, the survey) on a fifth of the draws, so that a reader sees which input moves the ranking most.
 */
public final class RankUncertainty {

	private RankUncertainty() {
	}

	/**
	 * A unit's rank distribution summary.
	 *
	 * @param low / high the published interval: the 5% and 95% ranks of the draws, widened to hold the published rank
	 * @param drawnLow / drawnHigh the 5% and 95% ranks of the draws alone; null in publications of the first format
	 */
	public record Interval(long unitId, int median, int low, int high, @Nullable Integer drawnLow,
			@Nullable Integer drawnHigh) {

		/** Whether the interval was widened to hold the published rank. */
		public boolean widened() {
			return drawnLow != null && drawnHigh != null && (drawnLow != low || drawnHigh != high);
		}
	}

	/**
	 * How wide the intervals are with one source varied (or all of them).
	 *
	 * @param inputs how many inputs the source varies (contents with a weight range, judged lines, survey points)
	 * @param medianWidth the median over units of the drawn interval's width (95% rank minus 5% rank)
	 * @param widest the widest drawn interval
	 */
	public record Width(int inputs, double medianWidth, int widest) {
	}

	/**
	 * The widths with everything varied (from the published analysis), and with each source alone (from
	 * {@code draws} draws each: a fifth of the published ones, plenty for a median width).
	 */
	public record Sensitivity(int draws, Width all, Width weights, Width judgedLines, Width survey) {

		/** One line of the summary as a page shows it: {@code ALL} or a source's name, and whether it moves most. */
		public record Line(String source, Width width, boolean strongest) {
		}

		/** The summary's lines: everything varied, then each source alone. */
		public List<Line> rows() {
			UncertaintySource strongest = strongest();
			List<Line> lines = new ArrayList<>(List.of(new Line("ALL", all, false)));
			for (UncertaintySource source : UncertaintySource.values()) {
				lines.add(new Line(source.name(), width(source), source == strongest));
			}
			return lines;
		}

		/**
		 * The source whose interval alone is widest (by median width, then by the widest interval; the first in the
		 * enum's order on a tie), or null when no source moves any rank.
		 */
		public @Nullable UncertaintySource strongest() {
			UncertaintySource strongest = null;
			Width best = new Width(0, 0, 0);
			for (UncertaintySource source : UncertaintySource.values()) {
				Width width = width(source);
				if (width.medianWidth() > best.medianWidth()
						|| width.medianWidth() == best.medianWidth() && width.widest() > best.widest()) {
					strongest = source;
					best = width;
				}
			}
			return strongest;
		}

		/** The width with {@code source} alone varied. */
		public Width width(UncertaintySource source) {
			return switch (source) {
				case WEIGHTS -> weights;
				case JUDGED_LINES -> judgedLines;
				case SURVEY -> survey;
			};
		}
	}

	/** The intervals and the sensitivity summary of one analysis. */
	public record Analysis(List<Interval> intervals, Sensitivity sensitivity) {
	}

	/** Runs {@code draws} draws from {@code seed} with every source varied; returns each unit's interval. */
	public static List<Interval> run(IndexInputs inputs, long seed, int draws) {
		return run(inputs, seed, draws, UncertaintyModel.CURRENT_FORMAT);
	}

	/** The intervals as the analysis of publications of {@code format} gave them (1: the first, 2: the current). */
	static List<Interval> run(IndexInputs inputs, long seed, int draws, int format) {
		UncertaintyModel model = new UncertaintyModel(inputs, format);
		return intervals(model, seed, draws,
				format >= UncertaintyModel.CURRENT_FORMAT ? ranks(IndexResults.compute(inputs)) : null);
	}

	/** The share of the draws each source alone is given in the sensitivity summary: one in five. */
	static final int SENSITIVITY_SHARE = 5;

	/** The intervals, and the analysis again with each source alone, from the same seed. */
	public static Analysis analyse(IndexInputs inputs, long seed, int draws) {
		return analyse(inputs, IndexResults.compute(inputs), seed, draws);
	}

	/** As {@link #analyse(IndexInputs, long, int)}, with the results already computed from the same inputs. */
	public static Analysis analyse(IndexInputs inputs, List<IndexResults.UnitResult> results, long seed, int draws) {
		Map<Long, Integer> ranks = ranks(results);
		UncertaintyModel all = new UncertaintyModel(inputs, UncertaintyModel.CURRENT_FORMAT);
		List<Interval> intervals = intervals(all, seed, draws, ranks);
		int fewer = Math.max(100, draws / SENSITIVITY_SHARE);
		return new Analysis(intervals, new Sensitivity(fewer, width(intervals, all.weightsVaried + all.linesVaried
				+ all.surveysVaried), alone(all, UncertaintySource.WEIGHTS, seed, fewer, ranks),
				alone(all, UncertaintySource.JUDGED_LINES, seed, fewer, ranks),
				alone(all, UncertaintySource.SURVEY, seed, fewer, ranks)));
	}

	private static Width alone(UncertaintyModel all, UncertaintySource source, long seed, int draws,
			Map<Long, Integer> ranks) {
		UncertaintyModel model = all.only(source);
		return width(intervals(model, seed, draws, ranks),
				model.weightsVaried + model.linesVaried + model.surveysVaried);
	}

	private static Width width(List<Interval> intervals, int inputs) {
		if (intervals.isEmpty()) {
			return new Width(inputs, 0, 0);
		}
		int[] widths = intervals.stream().mapToInt(i -> i.drawnHigh() - i.drawnLow()).sorted().toArray();
		int n = widths.length;
		double median = n % 2 == 1 ? widths[n / 2] : (widths[n / 2 - 1] + widths[n / 2]) / 2.0;
		return new Width(inputs, median, widths[n - 1]);
	}

	/** The published ranks (on the exact totals), by unit. */
	private static Map<Long, Integer> ranks(List<IndexResults.UnitResult> results) {
		Map<Long, Integer> ranks = new HashMap<>();
		results.forEach(r -> ranks.put(r.unitId(), r.rank()));
		return ranks;
	}

	/**
	 * Draws and summarises: each unit's median, 5% and 95% rank; with {@code ranks} (the current format), the interval
	 * widened to hold the published rank and the drawn one kept beside it.
	 */
	private static List<Interval> intervals(UncertaintyModel model, long seed, int draws,
			@Nullable Map<Long, Integer> ranks) {
		int n = model.units;
		if (n == 0) {
			return List.of();
		}
		int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), draws / 64 + 1));
		int[][] counts = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
			int[] histogram = new int[n * n]; // [unit * n + rank-1]
			UncertaintyDraws drawing = new UncertaintyDraws(model);
			double[] totals = new double[n];
			long[] keys = new long[n];
			long[] sorting = new long[n];
			int[] block = new int[DrawRanks.BLOCK * n]; // [draw in block * n + unit]: the ranks of up to BLOCK draws
			int filled = 0;
			for (int d = chunk; d < draws; d += chunks) {
				drawing.draw(seed, d, totals);
				DrawRanks.rank(totals, keys, sorting, block, filled * n, n);
				if (++filled == DrawRanks.BLOCK) {
					DrawRanks.count(block, filled, histogram, n);
					filled = 0;
				}
			}
			DrawRanks.count(block, filled, histogram, n);
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
			long unitId = model.unitIds[u];
			if (ranks == null) {
				intervals.add(new Interval(unitId, median, low, high, null, null));
			}
			else {
				int rank = ranks.get(unitId);
				intervals.add(new Interval(unitId, median, Math.min(low, rank), Math.max(high, rank), low, high));
			}
		}
		return intervals;
	}
}
