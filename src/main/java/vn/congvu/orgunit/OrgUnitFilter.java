package vn.congvu.orgunit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a unit list asks for: units valid on {@code asOf}, optionally by text, code, parent or type. */
public record OrgUnitFilter(LocalDate asOf, @Nullable String text, @Nullable String code, @Nullable Long parentId,
		@Nullable OrgUnitType type) {

	public static OrgUnitFilter asOf(LocalDate date) {
		return new OrgUnitFilter(date, null, null, null, null);
	}
}
