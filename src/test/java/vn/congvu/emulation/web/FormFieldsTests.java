package vn.congvu.emulation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.shared.InvalidInputException;

/** Numbers from forms are bounded before any arithmetic: 71,582,789 minutes never wrap around into 44 seconds. */
class FormFieldsTests {

	@ParameterizedTest(name = "[{0}] in {1}..{2} → {3}")
	@CsvSource(delimiter = ';', value = {
			"45;                    1; 120; 45",
			"1;                     1; 120; 1",
			"120;                   1; 120; 120",
			"0;                     1; 120; refused",
			"121;                   1; 120; refused",
			"71582789;              1; 120; refused",
			"-71582789;             1; 120; refused",
			"99999999999999999999;  1; 120; refused",
			"abc;                   1; 120; refused" })
	void aNumberIsWithinItsBoundsOrRefused(String text, int min, int max, String expected) {
		if (expected.equals("refused")) {
			assertThatThrownBy(() -> FormFields.within(text, min, max)).isInstanceOf(InvalidInputException.class);
		}
		else {
			assertThat(FormFields.within(text, min, max)).isEqualTo(Integer.parseInt(expected));
		}
	}
}
