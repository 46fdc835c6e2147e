package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the published rank intervals over generated methodologies and scores: thousands of cases, each made
 * from its own seed (a failure names it, so it can be rerun alone). Cases have few distinct point values, so ties are
 * common; weight ranges, changed lines, accepted-line and survey spreads and answer counts are drawn at random.
 */
class PublishedRankIntervalTests {

	private static final int CASES_PER_BATCH = 500;

	@ParameterizedTest(name = "cases {0}…")
	@ValueSource(ints = { 0, 500, 1_000, 1_500, 2_000, 2_500 })
	void theIntervalHoldsThePublishedRankAndIsWidenedOnlyAsFarAsNeeded(int first) {
		int widened = 0;
		int intervals = 0;
		for (int c = first; c < first + CASES_PER_BATCH; c++) {
			IndexInputs inputs = generated(c, true);
			Map<Long, Integer> ranks = ranks(inputs);
			for (RankUncertainty.Interval i : RankUncertainty.run(inputs, c, 200)) {
				int rank = ranks.get(i.unitId());
				String where = "case " + c + ", unit " + i.unitId() + ": rank " + rank + " in " + i;
				assertThat(rank).as(where).isBetween(i.low(), i.high());
				assertThat(i.low()).as(where).isEqualTo(Math.min(i.drawnLow(), rank));
				assertThat(i.high()).as(where).isEqualTo(Math.max(i.drawnHigh(), rank));
				assertThat(i.median()).as(where).isBetween(i.drawnLow(), i.drawnHigh());
				widened += i.widened() ? 1 : 0;
				intervals++;
			}
		}
		assertThat(widened).as("the draws alone miss the rank in some generated cases: the widening is exercised")
			.isPositive();
		assertThat(widened).as("but in few of them (%d of %d intervals)", widened, intervals)
			.isLessThan(intervals / 10);
	}

	@ParameterizedTest(name = "cases {0}…")
	@ValueSource(ints = { 10_000, 10_500 })
	void withNothingVariedEveryDrawGivesThePublishedRanksTiesIncluded(int first) {
		int tiedCases = 0;
		for (int c = first; c < first + CASES_PER_BATCH; c++) {
			IndexInputs inputs = generated(c, false);
			Map<Long, Integer> ranks = ranks(inputs);
			tiedCases += ranks.values().stream().distinct().count() < ranks.size() ? 1 : 0;
			for (RankUncertainty.Interval i : RankUncertainty.run(inputs, c, 50)) {
				int rank = ranks.get(i.unitId());
				assertThat(List.of(i.drawnLow(), i.median(), i.drawnHigh())).as("case %d, unit %d", c, i.unitId())
					.containsOnly(rank);
			}
		}
		assertThat(tiedCases).as("the generator makes ties, so shared ranks are exercised").isGreaterThan(100);
	}

	@ParameterizedTest(name = "cases {0}…")
	@ValueSource(ints = { 20_000 })
	void aPublishedAnalysisReproducesFromItsInputsAndSeed(int first) {
		for (int c = first; c < first + 200; c++) {
			IndexInputs inputs = generated(c, true);
			RankUncertainty.Analysis analysis = RankUncertainty.analyse(inputs, c, 300);
			assertThat(RankUncertainty.analyse(inputs, c, 300)).as("case %d", c).isEqualTo(analysis);
			assertThat(analysis.intervals()).isEqualTo(RankUncertainty.run(inputs, c, 300));
			RankUncertainty.Sensitivity s = analysis.sensitivity();
			assertThat(s.all().inputs()).as("case %d", c)
				.isEqualTo(s.weights().inputs() + s.judgedLines().inputs() + s.survey().inputs());
			for (RankUncertainty.Width alone : List.of(s.weights(), s.judgedLines(), s.survey())) {
				if (alone.inputs() == 0) {
					assertThat(alone.widest()).as("case %d: a source that varies nothing moves no rank", c).isZero();
				}
			}
		}
	}

	private static Map<Long, Integer> ranks(IndexInputs inputs) {
		Map<Long, Integer> ranks = new HashMap<>();
		IndexResults.compute(inputs).forEach(r -> ranks.put(r.unitId(), r.rank()));
		return ranks;
	}

	/**
	 * A random methodology (2–6 contents of 1–4 lines, sometimes a bonus and penalty content) and 2–40 units. With
	 * {@code varied} false, nothing is varied and every unit has survey points (totals stay on the 0.01 grid).
	 */
	static IndexInputs generated(long seed, boolean varied) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Item> items = new ArrayList<>();
		int contents = 2 + random.nextInt(5);
		for (int c = 1; c <= contents; c++) {
			int lines = 1 + random.nextInt(4);
			BigDecimal low = varied && random.nextBoolean() ? BigDecimal.valueOf(50 + random.nextInt(51)) : null;
			BigDecimal high = low == null ? null : BigDecimal.valueOf(100 + random.nextInt(61));
			List<Item> leaves = new ArrayList<>();
			BigDecimal max = BigDecimal.ZERO;
			for (int l = 1; l <= lines; l++) {
				BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(20));
				max = max.add(points);
				leaves.add(item(c + "." + l, String.valueOf(c), 2, points, Item.Scoring.MANUAL, null, null));
			}
			items.add(item(String.valueOf(c), null, 1, max, Item.Scoring.MANUAL, low, high));
			items.addAll(leaves);
		}
		if (random.nextInt(3) == 0) {
			items.add(item("9", null, 1, BigDecimal.ZERO, Item.Scoring.MANUAL, null, null));
			items.add(item("9.1", "9", 2, BigDecimal.valueOf(5), Item.Scoring.BONUS, null, null));
			items.add(item("9.2", "9", 2, BigDecimal.valueOf(5), Item.Scoring.PENALTY, null, null));
		}
		BigDecimal surveyMax = random.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(10 + random.nextInt(31));
		int n = 2 + random.nextInt(39);
		List<IndexInputs.Unit> units = new ArrayList<>();
		for (int u = 1; u <= n; u++) {
			Map<String, BigDecimal> points = new HashMap<>();
			Map<String, BigDecimal> claimed = new HashMap<>();
			for (Item leaf : IndexResults.leaves(items)) {
				// a few steps of the maximum: ties between units are common
				BigDecimal value = leaf.maxPoints().multiply(BigDecimal.valueOf(random.nextInt(5)))
					.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_UP);
				points.put(leaf.code(), value);
				if (varied && random.nextInt(4) == 0) {
					claimed.put(leaf.code(), leaf.maxPoints().multiply(BigDecimal.valueOf(random.nextInt(5)))
						.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_UP));
				}
			}
			BigDecimal survey = surveyMax.signum() == 0 || (varied && random.nextInt(5) == 0) ? null
					: surveyMax.multiply(BigDecimal.valueOf(random.nextInt(5)))
						.divide(BigDecimal.valueOf(4), 2, java.math.RoundingMode.HALF_UP);
			Integer answers = varied && random.nextBoolean() ? 1 + random.nextInt(500) : null;
			units.add(new IndexInputs.Unit(u, "U" + u, "Đơn vị " + u, points, claimed, survey, null, answers));
		}
		IndexInputs.Uncertainty uncertainty = varied
				? new IndexInputs.Uncertainty(random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(21)) : null,
						random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(6)) : null)
				: IndexInputs.Uncertainty.NONE;
		return new IndexInputs(2026, "WARD", "Sinh ngẫu nhiên " + seed, items, surveyMax, List.of(), units, uncertainty);
	}

	private static Item item(String code, String parent, int level, BigDecimal max, Item.Scoring scoring,
			BigDecimal low, BigDecimal high) {
		return new Item(0, code, parent, level, 0, "Mục " + code, max, scoring, null, false, null, low, high);
	}
}
