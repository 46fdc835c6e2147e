package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.reformindex.IndexFixtures.inputs;
import static vn.congvu.reformindex.IndexFixtures.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roll-up, the ranking with ties, the groups at their thresholds and the conversion without a survey. */
class IndexResultsTests {

	@ParameterizedTest(name = "1.1={0} 1.2={1} 2.1={2} bonus={3} penalty={4} survey={5} → {6} ({7})")
	@CsvSource(nullValues = "-", value = {
			// appraisal = 1.1 + 1.2 + 2.1 + bonus − penalty; total = appraisal + survey
			"25, 15, 30, 0, 0, 30,    100.00, A",
			"20, 10, 30, 0, 0, 30,    90.00,  A", // exactly at A's threshold
			"20, 10, 29.99, 0, 0, 30, 89.99,  B", // just under it
			"20, 10, 20, 0, 0, 30,    80.00,  B",
			"20, 10, 19.5, 0, 0, 30,  79.50,  C",
			"20, 10, 20, 5, 0, 30,    85.00,  B", // bonus adds
			"20, 10, 20, 0, 5, 30,    75.00,  C", // penalty subtracts
			"21, 14, 28, 0, 0, -,     90.00,  A", // no survey: 63 of 70 appraisal points → 90 of 100
	})
	void totalsAndGroups(String a, String b, String c, String bonus, String penalty, String survey, String total,
			String group) {
		IndexResults.UnitResult result = IndexResults.compute(inputs(List.of(unit(1, a, b, c, bonus, penalty, survey))))
			.get(0);
		assertThat(result.total()).isEqualByComparingTo(total);
		assertThat(result.group()).isEqualTo(group);
		assertThat(result.converted()).isEqualTo(survey == null);
	}

	@Test
	void contentsRollUpTheirLeaves() {
		IndexResults.UnitResult result = IndexResults.compute(inputs(List.of(unit(1, "20", "12.5", "27", "2", "1", "28"))))
			.get(0);
		assertThat(result.contents()).containsExactly(Map.entry("1", new BigDecimal("32.50")),
				Map.entry("2", new BigDecimal("27.00")), Map.entry("3", new BigDecimal("1.00")));
		assertThat(result.appraisal()).isEqualByComparingTo("60.5");
		assertThat(result.total()).isEqualByComparingTo("88.5");
	}

	@ParameterizedTest(name = "totals {0} → ranks {1}")
	@CsvSource(delimiter = '|', value = {
			"90 80 70 60 | 1 2 3 4",
			"90 80 80 60 | 1 2 2 4", // a tie shares a rank, the next rank skips
			"80 80 80 80 | 1 1 1 1",
			"70 90 90 50 | 3 1 1 4",
	})
	void standardCompetitionRanking(String totals, String ranks) {
		String[] t = totals.split(" ");
		List<IndexInputs.Unit> units = new java.util.ArrayList<>();
		for (int i = 0; i < t.length; i++) {
			// survey carries the whole difference; appraisal fixed at 50
			units.add(unit(i + 1, "20", "10", "20", "0", "0", new BigDecimal(t[i]).subtract(BigDecimal.valueOf(50)).toPlainString()));
		}
		Map<Long, Integer> byUnit = IndexResults.compute(inputs(units)).stream()
			.collect(Collectors.toMap(IndexResults.UnitResult::unitId, IndexResults.UnitResult::rank));
		String[] expected = ranks.split(" ");
		for (int i = 0; i < expected.length; i++) {
			assertThat(byUnit.get((long) i + 1)).as("unit %d", i + 1).isEqualTo(Integer.parseInt(expected[i]));
		}
	}

	@Test
	void ranksUseUnroundedTotals() {
		// 89.994 and 89.996 both show as 89.99 / 90.00 but rank apart; equal shown values can rank apart
		List<IndexResults.UnitResult> results = IndexResults.compute(inputs(List.of(
				unit(1, "20", "10", "29.994", "0", "0", "30"), unit(2, "20", "10", "29.996", "0", "0", "30"))));
		assertThat(results).extracting(IndexResults.UnitResult::unitId).containsExactly(2L, 1L);
		assertThat(results).extracting(IndexResults.UnitResult::rank).containsExactly(1, 2);
	}

	@Test
	void eachContentHasItsOwnRanking() {
		List<IndexResults.UnitResult> results = IndexResults.compute(inputs(List.of(
				unit(1, "25", "15", "10", "0", "0", "30"), unit(2, "10", "10", "30", "0", "0", "30"))));
		IndexResults.UnitResult first = results.stream().filter(r -> r.unitId() == 1).findFirst().orElseThrow();
		assertThat(first.contentRanks()).containsEntry("1", 1).containsEntry("2", 2);
	}
}
