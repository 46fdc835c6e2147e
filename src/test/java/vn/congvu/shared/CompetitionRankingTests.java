package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The system's one ranking: ties share a rank and the next skips; totals agree when they agree to a millionth of a
 * point, whether they are decimals or computed in floating point.
 */
class CompetitionRankingTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			"94, 93, 93, 90               | 1, 2, 2, 4",
			"90, 90, 90                   | 1, 1, 1",
			"80                           | 1",
			"70.004, 70.003, 70.003       | 1, 2, 2",
			"10, 20, 30                   | 3, 2, 1",
			"5, 5, 3, 3, 1                | 1, 1, 3, 3, 5",
			"-5, 100, 99.99999            | 3, 1, 2",
			"66.123456, 66.123457         | 2, 1", // a millionth apart: not tied
			"66.1234564, 66.1234561       | 1, 1", // closer than a millionth: tied
	})
	void decimalsAndDrawnTotalsRankAlike(String totals, String ranks) {
		List<BigDecimal> values = Arrays.stream(totals.split(",")).map(String::strip).map(BigDecimal::new).toList();
		int[] expected = Arrays.stream(ranks.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
		List<CompetitionRanking.Ranked<Integer>> ranked = CompetitionRanking
			.of(java.util.stream.IntStream.range(0, values.size()).boxed().toList(), values::get);
		int[] byPosition = new int[values.size()];
		ranked.forEach(r -> byPosition[r.item()] = r.rank());
		assertThat(byPosition).as("decimal totals").containsExactly(expected);
		assertThat(ranked).extracting(CompetitionRanking.Ranked::rank).isSorted();
		for (int i = 0; i < values.size(); i++) {
			for (int j = 0; j < values.size(); j++) {
				long a = CompetitionRanking.millionths(values.get(i).doubleValue());
				long b = CompetitionRanking.millionths(values.get(j).doubleValue());
				assertThat(Long.compare(a, b)).as("the same totals as doubles, %s against %s", values.get(i), values.get(j))
					.isEqualTo(Integer.compare(expected[j], expected[i]));
			}
		}
	}

	@org.junit.jupiter.api.Test
	void tiedItemsKeepTheirGivenOrder() {
		List<String> names = List.of("Hàng Bạc", "Cửa Nam", "Tràng Tiền");
		List<BigDecimal> totals = List.of(new BigDecimal("80.5"), new BigDecimal("90"), new BigDecimal("80.50"));
		assertThat(CompetitionRanking.of(names, n -> totals.get(names.indexOf(n))))
			.extracting(CompetitionRanking.Ranked::item, CompetitionRanking.Ranked::rank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Cửa Nam", 1), org.assertj.core.groups.Tuple.tuple("Hàng Bạc", 2),
					org.assertj.core.groups.Tuple.tuple("Tràng Tiền", 2));
	}
}
