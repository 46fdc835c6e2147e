package vn.congvu.orgunit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A unit to create: its official code, name, type, parent (a unit valid on {@code validFrom}), first day, and its
 * electronic agency identifier for the national document exchange, when it has one.
 */
public record NewOrgUnit(String code, String name, @Nullable OrgUnitType type, @Nullable Long parentId,
		@Nullable LocalDate validFrom, @Nullable String agencyCode) {

	public NewOrgUnit(String code, String name, @Nullable OrgUnitType type, @Nullable Long parentId,
			@Nullable LocalDate validFrom) {
		this(code, name, type, parentId, validFrom, null);
	}
}
