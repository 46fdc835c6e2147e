package vn.congvu.emulation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/** Reads what the emulation forms send: whole numbers, decimals (comma or dot), required dates. */
final class FormFields {

	private FormFields() {
	}

	static long whole(String text) {
		try {
			return Long.parseLong(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("campaign.badNumber", text == null ? "" : text.strip());
		}
	}

	/**
	 * A whole number of a form that must lie within {@code min..max} before any arithmetic is done with it (so that
	 * 71,582,789 minutes are refused rather than wrapped around into 44 seconds).
	 */
	static int within(String text, int min, int max) {
		long value = whole(text);
		if (value < min || value > max) {
			throw new InvalidInputException("form.numberOutOfRange", min, max);
		}
		return (int) value;
	}

	static BigDecimal decimal(String text) {
		try {
			BigDecimal value = vn.congvu.shared.VietnameseNumbers.decimal(text);
			if (value != null) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below with what was typed
		}
		throw new InvalidInputException("campaign.badNumber", text == null ? "" : text.strip());
	}

	static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("emulation.dateRequired");
		}
		return VietnameseDates.parse(text, LocalDate.MIN);
	}

	/** A day typed as dd/MM/yyyy, or {@code null} when left empty (the service says what is missing). */
	static @org.jspecify.annotations.Nullable LocalDate optionalDay(String text) {
		return text == null || text.isBlank() ? null : day(text);
	}
}
