package vn.congvu.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Sắp xếp tên người Việt: Vietnamese names sort by given name (the last word), then middle name, then family name,
 * with the Vietnamese alphabet order (a ă â b c d đ e ê …) and tone marks as secondary differences.
 */
public final class VietnameseNames {

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
		Collator collator = Collator.getInstance(new ULocale("vi"));
		collator.setStrength(Collator.TERTIARY);
		return collator;
	});

	/** Compares full names ("Nguyễn Văn An") the Vietnamese way. */
	public static final Comparator<String> ORDER = (a, b) -> COLLATOR.get().compare(sortForm(a), sortForm(b));

	private VietnameseNames() {
	}

	/** "Nguyễn Thị Minh Anh" becomes "Anh Minh Thị Nguyễn": given name first, then from the nearest word outwards. */
	public static String sortForm(String fullName) {
		String[] words = fullName == null ? new String[0] : fullName.strip().split("\\s+");
		String[] reversed = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			reversed[i] = words[words.length - 1 - i];
		}
		return String.join(" ", reversed);
	}

	/** A byte key whose unsigned byte order equals {@link #ORDER}; stored in the database so SQL can sort and page. */
	public static byte[] sortKey(String fullName) {
		byte[] key = COLLATOR.get().getCollationKey(sortForm(fullName)).toByteArray();
		// ICU ends keys with a zero byte; dropping it keeps prefixes sorting before longer names in PostgreSQL bytea order.
		return key.length > 0 && key[key.length - 1] == 0 ? Arrays.copyOf(key, key.length - 1) : key;
	}
}
