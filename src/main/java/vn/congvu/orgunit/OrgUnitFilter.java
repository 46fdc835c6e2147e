package vn.congvu.orgunit;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a unit list asks for: units valid on {@code asOf}, optionally by text, code, parent or kinds ({@code types}
 * empty for every kind).
 */
public record OrgUnitFilter(LocalDate asOf, @Nullable String text, @Nullable String code, @Nullable Long parentId,
		Set<OrgUnitType> types) {

	public OrgUnitFilter {
		types = Set.copyOf(types);
	}

	public static OrgUnitFilter asOf(LocalDate date) {
		return new OrgUnitFilter(date, null, null, null, Set.of());
	}

	/** The units valid on {@code date} whose name or code matches {@code text} (diacritics and case ignored). */
	public static OrgUnitFilter matching(LocalDate date, @Nullable String text) {
		return new OrgUnitFilter(date, text, null, null, Set.of());
	}

	/** The units of these kinds valid on {@code date}. */
	public static OrgUnitFilter ofKinds(LocalDate date, Set<OrgUnitType> types) {
		return new OrgUnitFilter(date, null, null, null, types);
	}
}
