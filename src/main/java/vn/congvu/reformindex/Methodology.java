package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A year's methodology for a kind of unit. A draft is edited freely (its workbook imported again); once the
 * self-assessments are opened it is in use and its lines no longer change; once published it never changes.
 *
 * @param surveyPoints the survey's points on the 100-point scale
 * @param caveat what readers of the results must know (demonstration data, parts not confirmed)
 */
public record Methodology(long id, int year, String unitType, String name, String legalBasis,
		BigDecimal surveyPoints, MethodologyStatus status, @Nullable Long copiedFrom, @Nullable String caveat, String createdBy,
		OffsetDateTime createdAt) {

	public boolean draft() {
		return status == MethodologyStatus.DRAFT;
	}

	public boolean published() {
		return status == MethodologyStatus.PUBLISHED;
	}
}
