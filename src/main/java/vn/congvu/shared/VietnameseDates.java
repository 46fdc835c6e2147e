package vn.congvu.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

/** Ngày tháng: dates are written dd/MM/yyyy on every page; forms also accept yyyy-MM-dd. */
public final class VietnameseDates {

	public static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Reading also accepts one-digit days and months ("1/7/2025"), as people type them. */
	public static final DateTimeFormatter READ_DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private VietnameseDates() {
	}

	public static String format(@Nullable LocalDate date) {
		return date == null ? "" : DAY_MONTH_YEAR.format(date);
	}

	/** Parses dd/MM/yyyy (or ISO yyyy-MM-dd); a blank text gives {@code fallback}; anything else is refused. */
	public static LocalDate parse(@Nullable String text, LocalDate fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		String value = text.strip();
		try {
			return value.contains("/") ? LocalDate.parse(value, READ_DAY_MONTH_YEAR) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("error.badDate", value);
		}
	}

	/** Vietnam's time zone: days and times are shown as they are in Hà Nội, whatever the server's zone. */
	public static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	/** The day an instant falls on in Vietnam. */
	public static LocalDate dayOf(java.time.OffsetDateTime instant) {
		return instant.atZoneSameInstant(VIETNAM).toLocalDate();
	}

	/** dd/MM/yyyy of the day the instant falls on in Vietnam (not in the server's zone). */
	public static String formatDay(java.time.@Nullable OffsetDateTime instant) {
		return instant == null ? "" : format(dayOf(instant));
	}

	/** dd/MM/yyyy HH:mm in Vietnam's time. */
	public static String formatTime(java.time.@Nullable OffsetDateTime instant) {
		return instant == null ? "" : DAY_TIME.format(instant.atZoneSameInstant(VIETNAM));
	}
}
