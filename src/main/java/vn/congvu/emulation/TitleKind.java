package vn.congvu.emulation;

/** Danh hiệu cá nhân or tập thể. */
public enum TitleKind {
	INDIVIDUAL, COLLECTIVE
}
