package vn.congvu.orgunit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A unit to create: its official code, name, type, parent (a unit valid on {@code validFrom}) and first day. */
public record NewOrgUnit(String code, String name, @Nullable OrgUnitType type, @Nullable Long parentId,
		@Nullable LocalDate validFrom) {
}
