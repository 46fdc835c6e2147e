package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Monte Carlo rank intervals: reproducible from their seed, around the deterministic rank. */
class RankUncertaintyTests {

	@Test
	void theSameSeedGivesTheSameIntervals() {
		IndexInputs inputs = IndexFixtures.many(40, 7);
		List<RankUncertainty.Interval> first = RankUncertainty.run(inputs, 2018, 2_000);
		assertThat(RankUncertainty.run(inputs, 2018, 2_000)).isEqualTo(first);
		assertThat(first).as("the draws do move ranks: some interval is wider than one rank")
			.anySatisfy(i -> assertThat(i.high()).isGreaterThan(i.low()));
	}

	@Test
	void intervalsContainTheDeterministicRank() {
		IndexInputs inputs = IndexFixtures.many(60, 11);
		Map<Long, Integer> ranks = IndexResults.compute(inputs).stream()
			.collect(Collectors.toMap(IndexResults.UnitResult::unitId, IndexResults.UnitResult::rank));
		for (RankUncertainty.Interval interval : RankUncertainty.run(inputs, 42, 4_000)) {
			int rank = ranks.get(interval.unitId());
			assertThat(interval.low()).as("unit %d", interval.unitId()).isLessThanOrEqualTo(interval.median());
			assertThat(interval.median()).isLessThanOrEqualTo(interval.high());
			// ties share the best rank deterministically, while draws break them: allow the tied block
			long tied = ranks.values().stream().filter(r -> r == rank).count();
			assertThat(rank).as("unit %d: rank %d within [%d, %d]", interval.unitId(), rank, interval.low(), interval.high())
				.isBetween(interval.low() - (int) tied + 1, interval.high());
		}
	}

	@Test
	void withoutWeightRangesOrAdjustmentsTheIntervalIsTheRankItself() {
		List<IndexInputs.Unit> units = List.of(IndexFixtures.unit(1, "25", "15", "30", "0", "0", "30"),
				IndexFixtures.unit(2, "20", "15", "30", "0", "0", "30"), IndexFixtures.unit(3, "10", "15", "30", "0", "0", "30"));
		List<Item> fixed = IndexFixtures.items().stream().map(i -> new Item(i.id(), i.code(), i.parentCode(), i.level(),
				i.position(), i.name(), i.maxPoints(), i.scoring(), i.source(), false, null, null, null)).toList();
		IndexInputs inputs = new IndexInputs(2018, "WARD", "Thử", fixed, java.math.BigDecimal.valueOf(30), List.of(), units);
		assertThat(RankUncertainty.run(inputs, 1, 500)).extracting(i -> List.of(i.low(), i.median(), i.high()))
			.containsExactly(List.of(1, 1, 1), List.of(2, 2, 2), List.of(3, 3, 3));
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "totals {0} → ranks {1}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"90 80 70 60      | 1 2 3 4",
			"90 80 80 60      | 1 2 2 4",
			"70 70 70         | 1 1 1",
			"-5 100 99.99999  | 3 1 2",
			"50 50.0000001    | 1 1", // closer than a millionth of a point: tied
	})
	void eachDrawIsRankedWithSharedRanks(String totals, String ranks) {
		double[] values = java.util.Arrays.stream(totals.split(" ")).mapToDouble(Double::parseDouble).toArray();
		int n = values.length;
		int[] ranked = new int[n + 2];
		DrawRanks.rank(values, new long[n], new long[n], ranked, 1, n);
		assertThat(ranked).as("written from the offset on").startsWith(0).endsWith(0);
		assertThat(java.util.Arrays.copyOfRange(ranked, 1, n + 1))
			.containsExactly(java.util.Arrays.stream(ranks.split(" ")).mapToInt(Integer::parseInt).toArray());
	}

	/** Keys as the ranking packs them (a 33-bit total above a 22-bit index, in index order), many of them tied. */
	@Test
	void theRadixSortOrdersLikeTheLibrary() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(5);
		long[] keys = new long[5_000];
		for (int u = 0; u < keys.length; u++) {
			long total = u % 4 == 0 ? random.nextLong(1L << 33) : random.nextLong(1_000) << 23;
			keys[u] = total << 22 | u;
		}
		long[] expected = keys.clone();
		java.util.Arrays.sort(expected);
		DrawRanks.radixSort(keys, new long[keys.length], keys.length);
		assertThat(keys).containsExactly(expected);
	}
}
