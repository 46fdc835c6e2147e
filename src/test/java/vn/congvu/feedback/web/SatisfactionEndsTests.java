package vn.congvu.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.feedback.SatisfactionElement;
import vn.congvu.feedback.SatisfactionIndex;
import vn.congvu.feedback.SatisfactionQueries;

/** Long lists of desks and officers show their two ends: the lowest and highest indices, lowest first. */
class SatisfactionEndsTests {

	@ParameterizedTest(name = "{0} rows → {1} shown")
	@CsvSource({ "0, 0", "12, 12", "40, 40", "41, 40", "378, 40" })
	void aLongListKeepsItsTwoEnds(int rows, int shown) {
		List<SatisfactionQueries.Row> all = IntStream.range(0, rows).map(i -> (i * 37) % Math.max(rows, 1))
			.mapToObj(SatisfactionEndsTests::row).toList();
		List<SatisfactionQueries.Row> ends = SatisfactionController.ends(all);
		assertThat(ends).hasSize(shown);
		if (rows > 40) {
			List<Double> percents = ends.stream().map(r -> r.index().percent()).toList();
			assertThat(percents).isSorted();
			double lowest = all.stream().mapToDouble(r -> r.index().percent()).min().orElseThrow();
			double highest = all.stream().mapToDouble(r -> r.index().percent()).max().orElseThrow();
			assertThat(percents.getFirst()).isEqualTo(lowest);
			assertThat(percents.getLast()).isEqualTo(highest);
		}
	}

	private static SatisfactionQueries.Row row(int satisfied) {
		return new SatisfactionQueries.Row("P" + satisfied, "Quầy " + satisfied, SatisfactionIndex.of(List.of(
				new SatisfactionIndex.Count(SatisfactionElement.ACCESS, 1000, satisfied)), 1000), true);
	}
}
