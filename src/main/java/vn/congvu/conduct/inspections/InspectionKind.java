package vn.congvu.conduct.inspections;

/** Hình thức kiểm tra: định kỳ (announced on a calendar) or đột xuất (unannounced). */
public enum InspectionKind {
	REGULAR, SURPRISE
}
