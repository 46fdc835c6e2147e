package vn.congvu.staff;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.congvu.shared.VietnameseText;

/** The Vietnamese words used in spreadsheets for categories, genders and leadership posts (and their parsing). */
final class Labels {

	private static final Map<Enum<?>, String> WORDS = Map.of(
			StaffCategory.CADRE, "Cán bộ", StaffCategory.CIVIL_SERVANT, "Công chức",
			StaffCategory.PUBLIC_EMPLOYEE, "Viên chức", StaffCategory.WORKER, "Người lao động",
			Gender.MALE, "Nam", Gender.FEMALE, "Nữ", Leadership.HEAD, "Trưởng", Leadership.DEPUTY, "Phó");

	private Labels() {
	}

	static String category(StaffCategory category) {
		return WORDS.get(category);
	}

	static String gender(Gender gender) {
		return WORDS.get(gender);
	}

	static String leadership(@Nullable Leadership leadership) {
		return leadership == null ? "" : WORDS.get(leadership);
	}

	/** Accepts the Vietnamese word with or without diacritics, or the English constant name. */
	static <E extends Enum<E>> @Nullable E parse(Class<E> type, String folded) {
		for (E constant : type.getEnumConstants()) {
			String word = WORDS.get(constant);
			if (VietnameseText.fold(word).equals(folded) || VietnameseText.fold(constant.name().replace('_', ' '))
				.equals(folded.replace('_', ' '))) {
				return constant;
			}
		}
		return null;
	}

	static String choices(Class<? extends Enum<?>> type) {
		return Stream.of(type.getEnumConstants()).map(WORDS::get).collect(Collectors.joining(", "));
	}
}
