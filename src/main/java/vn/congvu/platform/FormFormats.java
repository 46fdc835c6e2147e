package vn.congvu.platform;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.shared.VietnameseNumbers;

/**
 * How forms write days, times and numbers, registered once for every form record: a day as dd/MM/yyyy (d/M/yyyy and
 * the ISO yyyy-MM-dd of a date picker read too), a time as H:mm, a decimal with a comma or a dot. A value that is neither is a field
 * error of its form, shown at the field with what was typed.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
class FormFormats implements WebMvcConfigurer {

	/**
	 * A form record is bound through its constructor only: its values are read once, and a keyed map (a field named
	 * {@code points[12]}) is not put into a second time after the record is made.
	 */
	@InitBinder
	void bindRecordsOnce(WebDataBinder binder) {
		if (binder.getTargetType() != null && binder.getTargetType().resolve() != null
				&& binder.getTargetType().resolve().isRecord()) {
			binder.setDeclarativeBinding(true);
		}
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Day());
		registry.addFormatterForFieldType(BigDecimal.class, new Decimal());
		registry.addFormatterForFieldType(LocalTime.class, new TimeOfDay());
	}

	static final class Day implements Formatter<LocalDate> {

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			String value = text.strip();
			try {
				return value.contains("/") ? LocalDate.parse(value, VietnameseDates.READ_DAY_MONTH_YEAR)
						: LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new ParseException(value, 0);
			}
		}

		@Override
		public String print(LocalDate day, Locale locale) {
			return VietnameseDates.format(day);
		}
	}

	/** A time of day as H:mm (07:30 or 7:30). */
	static final class TimeOfDay implements Formatter<LocalTime> {

		@Override
		public LocalTime parse(String text, Locale locale) throws ParseException {
			String value = text.strip();
			try {
				return LocalTime.parse(value.length() == 4 ? "0" + value : value);
			}
			catch (DateTimeParseException ex) {
				throw new ParseException(value, 0);
			}
		}

		@Override
		public String print(LocalTime time, Locale locale) {
			return time.toString();
		}
	}

	static final class Decimal implements Formatter<BigDecimal> {

		@Override
		public BigDecimal parse(String text, Locale locale) throws ParseException {
			try {
				BigDecimal value = text.strip().length() > 20 ? null : VietnameseNumbers.decimal(text);
				if (value == null) {
					throw new ParseException(text, 0);
				}
				return value;
			}
			catch (NumberFormatException ex) {
				throw new ParseException(text, 0);
			}
		}

		@Override
		public String print(BigDecimal number, Locale locale) {
			return number.toPlainString().replace('.', ',');
		}
	}
}
