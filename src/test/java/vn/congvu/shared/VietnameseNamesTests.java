package vn.congvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNamesTests {

	@ParameterizedTest(name = "{0} sorts before {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Trần Văn An          | Nguyễn Văn Bình
			Nguyễn Văn An        | Trần Văn An
			Lê Thị Anh           | Lê Thị Ánh
			Phạm Thị Ánh         | Lê Văn Ân
			Lê Văn Dũng          | Lê Văn Đạt
			Nguyễn Thị Hà        | Nguyễn Thị Hải
			Vũ Công An           | Vũ Đức An
			Đỗ Văn Ơn            | Đỗ Văn Phong
			Hồ Văn Oanh          | Hồ Văn Ô
			Nguyễn Thị Thu Anh   | Nguyễn Thu Anh
			""")
	void ordersByGivenNameThenMiddleThenFamily(String first, String second) {
		assertThat(VietnameseNames.ORDER.compare(first, second)).isNegative();
		assertThat(VietnameseNames.ORDER.compare(second, first)).isPositive();
		assertThat(compareUnsigned(VietnameseNames.sortKey(first), VietnameseNames.sortKey(second)))
			.as("the stored sort key agrees with the comparator").isNegative();
	}

	@Test
	void sortWordsPutTheGivenNameFirst() {
		assertThat(VietnameseNames.sortWords("Nguyễn Thị Minh Anh")).containsExactly("Anh", "Thị", "Minh", "Nguyễn");
		assertThat(VietnameseNames.sortWords("Anh")).containsExactly("Anh");
		assertThat(VietnameseNames.sortWords("  ")).isEmpty();
	}

	@Test
	void sortKeysOrderALongListLikeTheComparator() {
		List<String> names = new ArrayList<>(Arrays.asList("Nguyễn Văn Đức", "Trần Thị Ánh", "Lê Anh", "Phạm Văn Dũng",
				"Đặng Thị Anh", "Bùi Văn Ân", "Hoàng Văn Ăn", "Ngô Thị Yến", "Vũ Minh Anh"));
		List<String> byComparator = new ArrayList<>(names);
		byComparator.sort(VietnameseNames.ORDER);
		List<String> byKey = new ArrayList<>(names);
		byKey.sort((a, b) -> compareUnsigned(VietnameseNames.sortKey(a), VietnameseNames.sortKey(b)));
		assertThat(byKey).isEqualTo(byComparator);
		assertThat(byComparator.get(0)).isEqualTo("Lê Anh");
		assertThat(byComparator.get(byComparator.size() - 1)).isEqualTo("Ngô Thị Yến");
	}

	/** PostgreSQL compares bytea as unsigned bytes. */
	private static int compareUnsigned(byte[] a, byte[] b) {
		return Arrays.compareUnsigned(a, b);
	}
}
