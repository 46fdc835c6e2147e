package vn.congvu.shared;

import org.jspecify.annotations.Nullable;

/**
 * Limits every free text must meet before it is stored: a maximum length in characters, and no control characters
 * other than line breaks and tabs (PostgreSQL refuses NUL, and the others corrupt exports and pages). Checked on the
 * server, whatever the browser enforced.
 */
public final class TextLimits {

	private TextLimits() {
	}

	/** Throws a message in the user's language unless {@code text} (may be null) fits. */
	public static void require(@Nullable String text, int maxLength) {
		if (text == null) {
			return;
		}
		if (text.codePointCount(0, text.length()) > maxLength) {
			throw new InvalidInputException("error.tooLong", maxLength);
		}
		if (!clean(text)) {
			throw new InvalidInputException("error.controlCharacters");
		}
	}

	/** Requires a text that is not blank (else {@code messageKey}) and fits {@code maxLength}. */
	public static void requireFilled(@Nullable String text, int maxLength, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(messageKey);
		}
		require(text, maxLength);
	}

	/** The shortest reason a refusal, a change of points or a send-back may give. */
	public static final int MIN_REASON = 10;

	/**
	 * Requires a reason of at least {@link #MIN_REASON} characters (raising {@code messageKey} with that number) that
	 * fits {@code maxLength}; returns it stripped.
	 */
	public static String requireReason(@Nullable String reason, String messageKey, int maxLength) {
		if (reason == null || reason.strip().length() < MIN_REASON) {
			throw new InvalidInputException(messageKey, MIN_REASON);
		}
		require(reason, maxLength);
		return reason.strip();
	}

	/**
	 * Whether the text has no control characters other than line breaks and tabs, no lone surrogates, and none of
	 * the invisible characters that make a text read other than it is stored: bidirectional overrides and isolates
	 * (a name that shows reversed) and zero-width spaces (two names that look the same but differ).
	 */
	public static boolean clean(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || invisible(c)
					|| (Character.isSurrogate(c) && !validPair(text, i))) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				i++;
			}
		}
		return true;
	}

	/** Bidi marks, embeddings, overrides and isolates; zero-width space, word joiner and byte-order mark. */
	private static boolean invisible(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
				|| c == '\u200F' || c == '\u061C' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
	}

	private static boolean validPair(String text, int i) {
		return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
				&& Character.isLowSurrogate(text.charAt(i + 1));
	}
}
