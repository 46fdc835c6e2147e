package vn.congvu.orgunit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A unit as lists, pages and the API show it. {@code validTo} is exclusive: the first day it no longer exists. */
public record OrgUnitView(long id, String code, String name, OrgUnitType type, @Nullable Long parentId,
		@Nullable String parentName, int level, String path, LocalDate validFrom, @Nullable LocalDate validTo) {

	/** Whether the unit exists on {@code date}. */
	public boolean validOn(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
	}

	/** The last day the unit existed, for display ("đến hết ngày"). */
	public @Nullable LocalDate lastDay() {
		return validTo == null ? null : validTo.minusDays(1);
	}
}
