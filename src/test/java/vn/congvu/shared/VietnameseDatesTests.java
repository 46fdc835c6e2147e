package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(textBlock = """
			01/07/2025, 2025-07-01
			1/7/2025,   2025-07-01
			2025-06-30, 2025-06-30
			29/02/2024, 2024-02-29
			""")
	void parsesDayMonthYearAndIso(String text, LocalDate expected) {
		assertThat(VietnameseDates.parse(text, TODAY)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "31/02/2025", "29/02/2025", "2025-13-01", "hôm nay", "07/2025" })
	void refusesWhatIsNotADate(String text) {
		assertThatThrownBy(() -> VietnameseDates.parse(text, TODAY)).isInstanceOf(InvalidInputException.class)
			.hasMessage("error.badDate");
	}

	@Test
	void blankMeansTheFallbackAndDatesAreWrittenDayFirst() {
		assertThat(VietnameseDates.parse("  ", TODAY)).isEqualTo(TODAY);
		assertThat(VietnameseDates.format(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
		assertThat(VietnameseDates.format(null)).isEmpty();
	}
}
