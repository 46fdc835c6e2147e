package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A unit against the previous publication: its own result, or the mean of the former units it came from. */
class ComparisonsTests {

	private static final Map<Long, BigDecimal> PREVIOUS = Map.of(1L, new BigDecimal("80.00"), 2L,
			new BigDecimal("90.00"), 3L, new BigDecimal("85.50"));

	@ParameterizedTest(name = "unit {0} formed from [{1}] → {2} ({3})")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"1  |       | 80.00 | năm 2018",                               // its own result
			"1  | 2 3   | 80.00 | năm 2018",                               // its own wins over the formers
			"10 | 1 2   | 85.00 | năm 2018, bình quân 2 đơn vị cũ: Phường 1, Phường 2",
			"10 | 1 2 3 | 85.17 | năm 2018, bình quân 3 đơn vị cũ: Phường 1, Phường 2, Phường 3",
			"10 | 1 9   | 80.00 | năm 2018, bình quân 1 đơn vị cũ: Phường 1", // a former unit without a result is left out
			"10 | 9     | -     | -",                                      // nothing to compare with
			"10 |       | -     | -",
	})
	void previousResult(long unit, String formers, String percent, String basis) {
		List<Comparisons.Former> from = formers == null ? List.of()
				: java.util.Arrays.stream(formers.split(" ")).map(Long::parseLong)
					.map(id -> new Comparisons.Former(id, "Phường " + id)).toList();
		IndexInputs.Previous previous = Comparisons.previous(unit, PREVIOUS, 2018, from);
		if (percent == null) {
			assertThat(previous).isNull();
		}
		else {
			assertThat(previous).isNotNull();
			assertThat(previous.percent()).isEqualByComparingTo(percent);
			assertThat(previous.basis()).isEqualTo(basis);
		}
	}

	@org.junit.jupiter.api.Test
	void withoutAPreviousPublicationThereIsNoComparison() {
		assertThat(Comparisons.previous(1, Map.of(), 2018, List.of(new Comparisons.Former(2, "Phường 2")))).isNull();
	}
}
