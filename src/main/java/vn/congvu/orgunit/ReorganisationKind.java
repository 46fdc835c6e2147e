package vn.congvu.orgunit;

/** Hình thức sắp xếp: how units were reorganised. */
public enum ReorganisationKind {
	/** Sáp nhập, hợp nhất: several units (or parts of them) become one. */
	MERGE,
	/** Chia tách: one unit's parts go to several successors. */
	SPLIT,
	/** Đổi tên. */
	RENAME,
	/** Điều chuyển: the unit moves under another parent. */
	MOVE,
	/** Giải thể: the unit ends without a successor. */
	DISSOLVE
}
