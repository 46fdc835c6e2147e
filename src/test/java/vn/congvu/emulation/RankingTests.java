package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Standard competition ranking: ties share a rank, the next rank skips; totals compared unrounded. */
class RankingTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "'94, 93, 93, 90', '1, 2, 2, 4'", "'90, 90, 90', '1, 1, 1'", "'80', '1'",
			"'70.004, 70.003, 70.003', '1, 2, 2'", "'10, 20, 30', '1, 2, 3'", "'5, 5, 3, 3, 1', '1, 1, 3, 3, 5'" })
	void tiesShareARankAndTheNextSkips(String totals, String ranks) {
		List<BigDecimal> values = Arrays.stream(totals.split(",")).map(String::strip).map(BigDecimal::new).toList();
		List<Integer> expected = Arrays.stream(ranks.split(",")).map(String::strip).map(Integer::valueOf).toList();
		List<Ranking.Ranked<BigDecimal>> ranked = Ranking.of(values, v -> v);
		assertThat(ranked).extracting(Ranking.Ranked::rank).containsExactlyElementsOf(expected);
		assertThat(ranked).extracting(Ranking.Ranked::total)
			.isSortedAccordingTo((a, b) -> ((BigDecimal) b).compareTo((BigDecimal) a));
	}
}
