package vn.congvu.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.congvu.conduct.discipline.DisciplinaryMeasure;
import vn.congvu.evaluation.ClassificationGrade;

/**
 * Danh hiệu thi đua with its conditions, in force from {@code validFrom} to {@code validTo} (exclusive). Individual
 * titles use the first group of conditions, collective ones the second; a condition left null does not apply.
 *
 * @param minGrade the annual level a person needs at least
 * @param requiresTitle a title the person must also meet (CSTĐCS needs LĐTT)
 * @param excellentOrInitiative the person must be rated excellent or have an initiative recognised in the year
 * @param disqualifyingMeasure discipline in the year from this measure up disqualifies the person
 * @param memberTitle / memberSharePercent: at least this share of the members meet this title
 * @param memberGoodSharePercent at least this share of the members rated good or better
 * @param allMembersCompleted every member rated at least "completed"
 * @param requiresMemberTitle at least one member meets this title
 * @param memberDisqualifyingMeasure nobody in the unit disciplined in the year from this measure up
 * @param cashMultiple the award as a multiple of the base salary (Decree 98/2023 Art. 54)
 * @param initiativeRequired the person must have an initiative recognised in the year (the 2013 Law's CSTĐCS; the
 *        2022 Law accepts an excellent rating instead, {@code excellentOrInitiative})
 */
public record Title(long id, String code, String name, TitleKind kind, String legalBasis, LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable ClassificationGrade minGrade, @Nullable String requiresTitle,
		boolean excellentOrInitiative, @Nullable DisciplinaryMeasure disqualifyingMeasure, @Nullable String memberTitle,
		@Nullable BigDecimal memberSharePercent, @Nullable BigDecimal memberGoodSharePercent,
		boolean allMembersCompleted, @Nullable String requiresMemberTitle,
		@Nullable DisciplinaryMeasure memberDisqualifyingMeasure, BigDecimal cashMultiple, String awardingAuthority,
		@Nullable String unconfirmed, int sortOrder, boolean initiativeRequired) {

	public boolean inForceOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
	}

	public boolean individual() {
		return kind == TitleKind.INDIVIDUAL;
	}
}
