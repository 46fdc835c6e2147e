package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.congvu.orgunit.OrgUnitType;

/**
 * A year's methodology for one PAR table: the kinds of unit it ranks together, in the scope that runs it. A draft is
 * edited freely (its workbook imported again); once the self-assessments are opened it is in use and its lines no
 * longer change; once published it never changes.
 *
 * @param unitTypes the kinds of unit ranked together in its table (at least one)
 * @param scopeUnitId the unit whose subtree it covers (a province, a city), {@code null} for every unit
 * @param surveyPoints the survey's points on the 100-point scale
 * @param caveat what readers of the results must know (demonstration data, parts not confirmed)
 * @param acceptedLineSpread / surveySpread the parameters of the uncertainty analysis ({@link IndexInputs.Uncertainty})
 */
public record Methodology(long id, int year, List<OrgUnitType> unitTypes, @Nullable Long scopeUnitId, String name,
		String legalBasis, BigDecimal surveyPoints, MethodologyStatus status, @Nullable Long copiedFrom,
		@Nullable String caveat, String createdBy, OffsetDateTime createdAt, @Nullable BigDecimal acceptedLineSpread,
		@Nullable BigDecimal surveySpread) {

	public Methodology {
		unitTypes = unitTypes.stream().distinct().sorted().toList();
	}

	public boolean draft() {
		return status == MethodologyStatus.DRAFT;
	}

	/** Its self-assessments are open or being appraised: lines fixed, not yet published. */
	public boolean inUse() {
		return status == MethodologyStatus.IN_USE;
	}

	public boolean published() {
		return status == MethodologyStatus.PUBLISHED;
	}

	/**
	 * The table's kinds as one text, in the enum's order ({@code WARD}; {@code COMMUNE,SPECIAL_ZONE}): what a
	 * publication and its snapshot record, and what links a table to the same table of earlier years.
	 */
	public String tableKey() {
		return tableKey(unitTypes);
	}

	static String tableKey(List<OrgUnitType> kinds) {
		return kinds.stream().distinct().sorted().map(OrgUnitType::name).collect(Collectors.joining(","));
	}
}
