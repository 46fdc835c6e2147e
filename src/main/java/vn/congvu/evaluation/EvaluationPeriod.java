package vn.congvu.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Kỳ đánh giá: a month, or a quarter when the rule set says so (Decree 335/2025 allows either). A period's scorecards
 * are kept under its first month; it is closed once its last month has ended.
 *
 * @param first the period's first month
 * @param months 1 or 3
 */
public record EvaluationPeriod(YearMonth first, int months) {

	public EvaluationPeriod {
		if (months != 1 && months != 3) {
			throw new IllegalArgumentException("a period is a month or a quarter: " + months);
		}
		if ((first.getMonthValue() - 1) % months != 0) {
			throw new IllegalArgumentException(first + " does not begin a period of " + months + " months");
		}
	}

	/** The period of {@code months} months that holds {@code month}. */
	public static EvaluationPeriod containing(YearMonth month, int months) {
		return new EvaluationPeriod(month.withMonth((month.getMonthValue() - 1) / months * months + 1), months);
	}

	public YearMonth last() {
		return first.plusMonths(months - 1L);
	}

	public LocalDate firstDay() {
		return first.atDay(1);
	}

	public LocalDate lastDay() {
		return last().atEndOfMonth();
	}

	public boolean quarterly() {
		return months == 3;
	}

	/** The quarter's number in its year (1–4), for a quarter. */
	public int quarter() {
		return (first.getMonthValue() - 1) / 3 + 1;
	}

	/** Whether the period has ended before {@code month} began. */
	public boolean endedBefore(YearMonth month) {
		return last().isBefore(month);
	}

	/** The month after the period, whose days carry its deadlines. */
	public YearMonth next() {
		return first.plusMonths(months);
	}
}
