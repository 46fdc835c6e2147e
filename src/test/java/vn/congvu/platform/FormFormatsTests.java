package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How forms write days, times and numbers: what is read, and what is a field error. */
class FormFormatsTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', nullValues = "REFUSED", value = {
			"05/03/2027;   2027-03-05",
			"5/3/2027;     2027-03-05",
			" 05/03/2027 ; 2027-03-05",
			"2027-03-05;   2027-03-05",
			"31/02/2027;   REFUSED",
			"29/02/2028;   2028-02-29",
			"03/05;        REFUSED",
			"hôm nay;      REFUSED",
			"2027-13-01;   REFUSED" })
	void days(String typed, String expected) throws ParseException {
		FormFormats.Day day = new FormFormats.Day();
		if (expected == null) {
			assertThatThrownBy(() -> day.parse(typed, VI)).isInstanceOf(ParseException.class);
		}
		else {
			assertThat(day.parse(typed, VI)).isEqualTo(LocalDate.parse(expected));
			assertThat(day.print(LocalDate.parse(expected), VI)).matches("\\d{2}/\\d{2}/\\d{4}");
		}
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', nullValues = "REFUSED", value = {
			"7:30;   07:30",
			"07:30;  07:30",
			"17:00;  17:00",
			"24:00;  REFUSED",
			"7h30;   REFUSED" })
	void times(String typed, String expected) throws ParseException {
		FormFormats.TimeOfDay time = new FormFormats.TimeOfDay();
		if (expected == null) {
			assertThatThrownBy(() -> time.parse(typed, VI)).isInstanceOf(ParseException.class);
		}
		else {
			assertThat(time.parse(typed, VI)).isEqualTo(LocalTime.parse(expected));
		}
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', nullValues = "REFUSED", value = {
			"8,5;     8.5",
			"8.5;     8.5",
			"10;      10",
			"-2,25;   -2.25",
			"abc;     REFUSED",
			"123456789012345678901; REFUSED" })
	void decimals(String typed, String expected) throws ParseException {
		FormFormats.Decimal decimal = new FormFormats.Decimal();
		if (expected == null) {
			assertThatThrownBy(() -> decimal.parse(typed, VI)).isInstanceOf(ParseException.class);
		}
		else {
			assertThat(decimal.parse(typed, VI)).isEqualByComparingTo(new BigDecimal(expected));
		}
	}
}
