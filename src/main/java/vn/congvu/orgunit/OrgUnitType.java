package vn.congvu.orgunit;

import java.util.Set;

/**
 * Loại đơn vị: the kind of a unit. Labels come from {@code enum.OrgUnitType.<CONST>} message keys. Since 01/07/2025 the
 * level below a province holds three kinds (Law on Local Government 2025): wards in towns, communes in the
 * countryside, special zones on islands. A province ranks them, and its departments, in separate PAR tables, so they
 * are kinds of their own.
 */
public enum OrgUnitType {
	/** Tỉnh, thành phố trực thuộc trung ương. */
	PROVINCE,
	/** Quận, huyện, thị xã (until 30/06/2025). */
	DISTRICT,
	/** Phường. */
	WARD,
	/** Xã. */
	COMMUNE,
	/** Đặc khu. */
	SPECIAL_ZONE,
	/** Sở, ban, ngành: an agency of the province's People's Committee. */
	DEPARTMENT,
	/** Phòng chuyên môn: a division of a district's or a commune's People's Committee. */
	DIVISION,
	/** Đơn vị sự nghiệp công lập (schools, health stations...). */
	PUBLIC_SERVICE_UNIT,
	OTHER;

	/** The kinds at the level below a province since 2025 (cấp xã): ward, commune, special zone. */
	public static final Set<OrgUnitType> COMMUNE_LEVEL = Set.of(WARD, COMMUNE, SPECIAL_ZONE);

	/** Whether the unit is a local government, which issues through its People's Committee. */
	public boolean hasCommittee() {
		return this == PROVINCE || this == DISTRICT || COMMUNE_LEVEL.contains(this);
	}

	/** Whether the unit is at the level below a province since 2025 (cấp xã). */
	public boolean communeLevel() {
		return COMMUNE_LEVEL.contains(this);
	}
}
