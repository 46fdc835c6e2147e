package vn.congvu.orgunit;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a reorganisation is recorded, inside its transaction: the units that ended on
 * {@code effectiveDate}. Modules holding records attached to those units react to it (staff assignments end).
 */
public record UnitsReorganised(long reorganisationId, ReorganisationKind kind, LocalDate effectiveDate,
		List<Long> endedUnitIds) {
}
