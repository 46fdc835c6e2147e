package vn.congvu.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chuẩn hoá chữ tiếng Việt: folds Vietnamese text for searches that ignore diacritics and case, so that
 * "hang bac" finds "Hàng Bạc" and "nguyen van" finds "Nguyễn Văn".
 */
public final class VietnameseText {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/** Lower case, without tone or vowel marks, đ as d, single spaces, trimmed. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/** Escapes LIKE wildcards so that user text is matched literally (with {@code escape '\'}). */
	public static String likePattern(String text) {
		String folded = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + folded + "%";
	}
}
