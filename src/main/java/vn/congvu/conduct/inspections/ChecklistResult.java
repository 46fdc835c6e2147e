package vn.congvu.conduct.inspections;

/** Kết quả một nội dung kiểm tra: compliant, a violation, or not applicable at this unit. */
public enum ChecklistResult {
	COMPLIANT, VIOLATION, NOT_APPLICABLE
}
