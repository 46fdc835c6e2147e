package vn.congvu.orgunit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One lineage edge seen from a unit: the other unit (a predecessor or successor; none when dissolved), the operation,
 * its date and legal basis, whether the whole unit or a part of it passed on, and whether the viewer may open the
 * other unit's page.
 */
public record LineageView(long reorganisationId, ReorganisationKind kind, LocalDate effectiveDate,
		String legalBasisNumber, LocalDate legalBasisDate, @Nullable Long otherUnitId, @Nullable String otherCode,
		@Nullable String otherName, String share, boolean linkable) {
}
