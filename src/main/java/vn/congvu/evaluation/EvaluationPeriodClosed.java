package vn.congvu.evaluation;

import java.time.YearMonth;

/** Published when a month is closed for the units under {@code scopeUnitId}: every scorecard of it exists. */
public record EvaluationPeriodClosed(YearMonth month, long scopeUnitId, int scorecardsCreated) {
}
