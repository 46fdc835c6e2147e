package vn.congvu.shared;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Decimals as people type them here: Vietnamese writes "8,5" (a comma before the decimals), spreadsheets and phones
 * often send "8.5"; both are read, spaces ignored. A number with both a comma and a point ("1.234,5") is refused
 * rather than guessed.
 */
public final class VietnameseNumbers {

	private VietnameseNumbers() {
	}

	/** The decimal typed, or null when nothing was typed; a text that is no number throws NumberFormatException. */
	public static @Nullable BigDecimal decimal(@Nullable String text) {
		String value = text == null ? "" : text.replaceAll("\\s+", "");
		if (value.isEmpty()) {
			return null;
		}
		if (value.contains(",") && value.contains(".")) {
			throw new NumberFormatException("both a comma and a point: " + value);
		}
		return new BigDecimal(value.replace(',', '.'));
	}
}
