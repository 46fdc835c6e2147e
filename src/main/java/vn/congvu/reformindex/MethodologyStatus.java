package vn.congvu.reformindex;

import java.util.Map;
import java.util.Set;

/**
 * Where a methodology stands: a draft is edited freely (DRAFT); opening the self-assessments puts it in use and its
 * lines no longer change (IN_USE); publishing the results ends it for good (PUBLISHED).
 */
public enum MethodologyStatus {

	DRAFT, IN_USE, PUBLISHED;

	private static final Map<MethodologyStatus, Set<MethodologyStatus>> NEXT = Map.of(DRAFT, Set.of(IN_USE), IN_USE,
			Set.of(PUBLISHED), PUBLISHED, Set.of());

	public boolean canBecome(MethodologyStatus next) {
		return NEXT.get(this).contains(next);
	}
}
