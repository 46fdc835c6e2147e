package vn.congvu.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Sắp xếp tên người Việt: Vietnamese names sort by given name (the last word), then middle name, then family name,
 * each word in the Vietnamese alphabet order (a ă â b c d đ e ê …), tones deciding between otherwise equal words.
 */
public final class VietnameseNames {

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
		Collator collator = Collator.getInstance(new ULocale("vi"));
		collator.setStrength(Collator.TERTIARY);
		return collator;
	});

	/** Compares full names ("Nguyễn Văn An") the Vietnamese way, one name word at a time. */
	public static final Comparator<String> ORDER = (a, b) -> {
		List<String> left = sortWords(a);
		List<String> right = sortWords(b);
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			int byWord = COLLATOR.get().compare(left.get(i), right.get(i));
			if (byWord != 0) {
				return byWord;
			}
		}
		return Integer.compare(left.size(), right.size());
	};

	private VietnameseNames() {
	}

	/**
	 * The words of a name in the order they sort: given name (the last word), then the middle name words in their
	 * own order, then the family name (the first word). "Nguyễn Thị Minh Anh" gives [Anh, Thị, Minh, Nguyễn].
	 */
	public static List<String> sortWords(String fullName) {
		String stripped = fullName == null ? "" : fullName.strip();
		if (stripped.isEmpty()) {
			return List.of();
		}
		List<String> words = Arrays.asList(stripped.split("\\s+"));
		if (words.size() == 1) {
			return words;
		}
		List<String> ordered = new ArrayList<>(words.size());
		ordered.add(words.get(words.size() - 1));
		ordered.addAll(words.subList(1, words.size() - 1));
		ordered.add(words.get(0));
		return ordered;
	}

	/**
	 * A byte key whose unsigned byte order equals {@link #ORDER}; stored in the database so SQL can sort and page.
	 * Each word's full collation key (all levels, so "Anh" sorts wholly before "Ánh") is followed by a zero byte,
	 * which is lower than any byte inside a key, so a word that is a prefix of another sorts first.
	 */
	public static byte[] sortKey(String fullName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String word : sortWords(fullName)) {
			byte[] key = COLLATOR.get().getCollationKey(word).toByteArray();
			int length = key.length > 0 && key[key.length - 1] == 0 ? key.length - 1 : key.length; // ICU's terminator
			out.write(key, 0, length);
			out.write(0);
		}
		return out.toByteArray();
	}
}
