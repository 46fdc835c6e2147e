package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bộ quy định đánh giá: one text's point frame, level bands, quota and roll-up, in force from {@code validFrom} to
 * {@code validTo} (exclusive). {@code unconfirmed} says which values are the system's reading rather than the text's.
 *
 * @param quotaBasis {@code RATED}: the excellent may be at most {@code quotaPercent} of all rated; {@code GOOD}: of
 * those rated good
 * @param violationPoints general points deducted per confirmed violation, by severity (lightest first)
 * @param unitViolationPoints general points deducted from the unit's head per violation in the unit
 * @param reportPoints general points deducted from the unit's head per substantiated harassment report
 * @param leaderGoodSharePercent for a leader's annual "excellent": the least share of the unit rated good or better
 * @param satisfactionFloorPercent an officer's satisfaction index below this (with enough ratings) costs
 * {@code satisfactionPoints} of the general part
 * @param leaderUnitWeightPercent the share of a leader's results part measured by the unit's results
 * @param periodMonths the evaluation period: 1 (monthly) or 3 (quarterly, Decree 335/2025)
 */
public record EvaluationRuleSet(long id, String code, String name, String legalBasis, LocalDate legalBasisDate,
		LocalDate validFrom, @Nullable LocalDate validTo, BigDecimal generalPoints, BigDecimal resultsPoints,
		BigDecimal bonusPoints, BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal completedFrom,
		@Nullable String gradeLetters, String quotaBasis, BigDecimal quotaPercent,
		@Nullable BigDecimal quotaPercentExceptional, BigDecimal reworkDeductionPercent,
		BigDecimal lateDeductionPercent, List<BigDecimal> violationPoints, BigDecimal unitViolationPoints,
		BigDecimal reportPoints, String rollup, MonthDay annualDeadline, int minimumMonthsWorked,
		int absenceCapMonths, int selfDueDay, int reviewDueDay, int approvalDueDay, BigDecimal leaderGoodSharePercent,
		BigDecimal satisfactionFloorPercent, BigDecimal satisfactionPoints, BigDecimal leaderUnitWeightPercent,
		@Nullable String unconfirmed, int periodMonths) {

	public boolean inForceOn(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
	}

	/** The period of this rule set that holds {@code month}. */
	public EvaluationPeriod periodOf(java.time.YearMonth month) {
		return EvaluationPeriod.containing(month, periodMonths);
	}

	/** The whole frame: general + results + bonus. */
	public BigDecimal maximum() {
		return generalPoints.add(resultsPoints).add(bonusPoints);
	}

	/** The letter a level carries under this rule set (A–D under 3814-QĐ/TU), or empty. */
	public String letter(ClassificationGrade grade) {
		if (gradeLetters == null || grade.ordinal() > 3) {
			return "";
		}
		String[] letters = gradeLetters.split(",");
		return grade.ordinal() < letters.length ? letters[grade.ordinal()] : "";
	}
}
