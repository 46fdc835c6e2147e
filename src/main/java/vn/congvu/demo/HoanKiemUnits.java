package vn.congvu.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of the demo: Hà Nội, Hoàn Kiếm district (official code 002) with its specialised divisions and its 18
 * wards (official statistics codes), and the four wards that replaced them on 1 July 2025.
 */
final class HoanKiemUnits {

	/** First day of the demo's history; real units are older, the demo simply starts here. */
	static final LocalDate DEMO_START = LocalDate.of(2008, 8, 1);
	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	static final String RESOLUTION = "1656/NQ-UBTVQH15";
	static final LocalDate RESOLUTION_DATE = LocalDate.of(2025, 6, 16);

	static final List<String[]> DIVISIONS = List.of(
			new String[] { "002-VP", "Văn phòng HĐND và UBND quận Hoàn Kiếm" },
			new String[] { "002-NV", "Phòng Nội vụ quận Hoàn Kiếm" },
			new String[] { "002-TP", "Phòng Tư pháp quận Hoàn Kiếm" },
			new String[] { "002-TCKH", "Phòng Tài chính – Kế hoạch quận Hoàn Kiếm" },
			new String[] { "002-VHTT", "Phòng Văn hóa và Thông tin quận Hoàn Kiếm" },
			new String[] { "002-TTR", "Thanh tra quận Hoàn Kiếm" },
			new String[] { "002-TNMT", "Phòng Tài nguyên và Môi trường quận Hoàn Kiếm" },
			new String[] { "002-QLDT", "Phòng Quản lý đô thị quận Hoàn Kiếm" },
			new String[] { "002-KT", "Phòng Kinh tế quận Hoàn Kiếm" },
			new String[] { "002-GDDT", "Phòng Giáo dục và Đào tạo quận Hoàn Kiếm" },
			new String[] { "002-YT", "Phòng Y tế quận Hoàn Kiếm" },
			new String[] { "002-LDTBXH", "Phòng Lao động – Thương binh và Xã hội quận Hoàn Kiếm" });

	/** Old ward code → name, in the official order. */
	static final Map<String, String> OLD_WARDS = new LinkedHashMap<>();

	static {
		String[][] wards = { { "00037", "Phúc Tân" }, { "00040", "Đồng Xuân" }, { "00043", "Hàng Mã" },
				{ "00046", "Hàng Buồm" }, { "00049", "Hàng Đào" }, { "00052", "Hàng Bồ" }, { "00055", "Cửa Đông" },
				{ "00058", "Lý Thái Tổ" }, { "00061", "Hàng Bạc" }, { "00064", "Hàng Gai" },
				{ "00067", "Chương Dương" }, { "00070", "Hàng Trống" }, { "00073", "Cửa Nam" },
				{ "00076", "Hàng Bông" }, { "00079", "Tràng Tiền" }, { "00082", "Trần Hưng Đạo" },
				{ "00085", "Phan Chu Trinh" }, { "00088", "Hàng Bài" } };
		for (String[] ward : wards) {
			OLD_WARDS.put(ward[0], "Phường " + ward[1]);
		}
	}

	/** New ward code → name (from 1 July 2025). */
	static final Map<String, String> NEW_WARDS = Map.of("00070", "Phường Hoàn Kiếm", "00082", "Phường Cửa Nam",
			"00004", "Phường Ba Đình", "00097", "Phường Hồng Hà");

	/**
	 * Where each old ward went: new ward code → (old ward code → whole?). Wards split between successors pass on
	 * a part to each.
	 */
	static final Map<String, Map<String, Boolean>> LINEAGE = Map.of(
			"00070", ordered("00061", true, "00052", true, "00046", true, "00049", true, "00064", true, "00043", true,
					"00058", true, "00055", false, "00073", false, "00040", false, "00076", false, "00070", false,
					"00079", false),
			"00082", ordered("00088", true, "00085", true, "00082", true, "00073", false, "00076", false,
					"00070", false, "00079", false),
			"00004", ordered("00073", false, "00055", false, "00040", false),
			"00097", ordered("00037", true, "00067", true));

	private HoanKiemUnits() {
	}

	private static Map<String, Boolean> ordered(Object... pairs) {
		Map<String, Boolean> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (Boolean) pairs[i + 1]);
		}
		return map;
	}
}
