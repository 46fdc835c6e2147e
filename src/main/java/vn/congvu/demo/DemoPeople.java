package vn.congvu.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import vn.congvu.staff.Gender;

/** Fictional Vietnamese names, drawn from common family, middle and given names; never a real person's record. */
final class DemoPeople {

	// Common names repeat, so the demo looks like a real list: many Nguyễn, many "Văn" and "Thị".
	private static final String[] FAMILY = { "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần",
			"Trần", "Trần", "Lê", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
			"Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Tạ" };
	private static final String[] MALE_MIDDLE = { "Văn", "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Xuân", "Mạnh", "Tiến",
			"Công", "Thành" };
	private static final String[] FEMALE_MIDDLE = { "Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Thị Thu", "Minh",
			"Phương", "Lan", "Kim" };
	private static final String[] MALE_GIVEN = { "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khánh",
			"Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vinh", "Huy", "Đức" };
	private static final String[] FEMALE_GIVEN = { "Anh", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan",
			"Linh", "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Vân", "Yến",
			"Ánh" };

	private final Random random = new Random(20190527L);
	private final Set<String> used = new HashSet<>();

	record Person(String fullName, Gender gender, LocalDate birthDate) {
	}

	/** A new person whose full name no one else in the demo has. */
	Person next() {
		while (true) {
			boolean female = random.nextBoolean();
			String name = pick(FAMILY) + " " + (female ? pick(FEMALE_MIDDLE) : pick(MALE_MIDDLE)) + " "
					+ (female ? pick(FEMALE_GIVEN) : pick(MALE_GIVEN));
			if (used.add(name)) {
				LocalDate birth = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
				return new Person(name, female ? Gender.FEMALE : Gender.MALE, birth);
			}
		}
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	private String pick(String[] options) {
		return options[random.nextInt(options.length)];
	}
}
