package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The annual roll-up of a person's periods under a rule set: the mean of the approved period totals (months, or
 * quarters under a quarterly rule set: the year is the average of its periods, Decree 335/2025 Art. 21), then the hard
 * rules, in this order: fewer months worked than required → not classified; discipline in the year → not completed;
 * absent three months or more → at most completed; a leader whose unit did not reach the required share rated good
 * or better → at most good. A quarter scored counts as three months worked, a quarter absent as three months absent.
 */
public final class AnnualRule {

	private AnnualRule() {
	}

	/**
	 * A person's year: totals of approved periods, periods absent, discipline, and for leaders their unit's results
	 * (under a monthly rule set a period is a month).
	 */
	public record Year(List<BigDecimal> monthTotals, int monthsAbsent, boolean disciplined, boolean leader,
			@Nullable BigDecimal unitGoodSharePercent, boolean unitAllCompleted) {
	}

	/** The outcome with the reason (a message key) when a hard rule decided or capped the level. */
	public record Outcome(ClassificationGrade grade, @Nullable BigDecimal mean, @Nullable String reason) {
	}

	public static Outcome classify(EvaluationRuleSet rules, Year year) {
		if (year.monthTotals().size() * rules.periodMonths() < rules.minimumMonthsWorked()) {
			return new Outcome(ClassificationGrade.NOT_CLASSIFIED, null, "annual.reason.tooFewMonths");
		}
		BigDecimal exact = year.monthTotals().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(year.monthTotals().size()), 6, RoundingMode.HALF_UP);
		ClassificationGrade grade = EvaluationRuleBook.grade(rules, exact, false); // bands on the unrounded mean
		BigDecimal mean = exact.setScale(2, RoundingMode.HALF_UP);
		if (year.disciplined()) {
			return new Outcome(ClassificationGrade.NOT_COMPLETED, mean, "annual.reason.disciplined");
		}
		if (year.monthsAbsent() * rules.periodMonths() >= rules.absenceCapMonths()
				&& ClassificationGrade.COMPLETED.worseThan(grade)) {
			return new Outcome(ClassificationGrade.COMPLETED, mean, "annual.reason.absent");
		}
		if (year.leader() && grade == ClassificationGrade.EXCELLENT && (!year.unitAllCompleted()
				|| year.unitGoodSharePercent() == null
				|| year.unitGoodSharePercent().compareTo(rules.leaderGoodSharePercent()) < 0)) {
			return new Outcome(ClassificationGrade.GOOD, mean, "annual.reason.leaderUnit");
		}
		return new Outcome(grade, mean, null);
	}
}
