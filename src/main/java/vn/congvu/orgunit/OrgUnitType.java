package vn.congvu.orgunit;

/** Loại đơn vị: the kind of a unit. Labels come from {@code enum.OrgUnitType.<CONST>} message keys. */
public enum OrgUnitType {
	/** Tỉnh, thành phố trực thuộc trung ương. */
	PROVINCE,
	/** Quận, huyện, thị xã (until 30/06/2025). */
	DISTRICT,
	/** Phường, xã, đặc khu. */
	WARD,
	/** Phòng chuyên môn, cơ quan chuyên môn. */
	DIVISION,
	/** Đơn vị sự nghiệp công lập (schools, health stations...). */
	PUBLIC_SERVICE_UNIT,
	OTHER
}
