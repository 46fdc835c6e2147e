package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decimals typed with a comma or a point; blanks are nothing; anything else is refused. */
class VietnameseNumbersTests {

	@ParameterizedTest(name = "[{0}] → {1}")
	@CsvSource(delimiter = ';', nullValues = "null", value = {
			"8,5;      8.5",
			"8.5;      8.5",
			"' 12 ';   12",
			"'1 000';  1000",
			"-0,25;    -0.25",
			"'';       null",
			"'   ';    null",
			"null;     null" })
	void readsWhatPeopleType(String text, String expected) {
		BigDecimal read = VietnameseNumbers.decimal(text);
		if (expected == null) {
			assertThat(read).isNull();
		}
		else {
			assertThat(read).isEqualByComparingTo(expected);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "1.234,5", "8,5,1", "tám", "8..5", "'8,5 điểm'" })
	void refusesWhatIsNoNumber(String text) {
		assertThatThrownBy(() -> VietnameseNumbers.decimal(text)).isInstanceOf(NumberFormatException.class);
	}
}
