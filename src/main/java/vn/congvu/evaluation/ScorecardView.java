package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phiếu đánh giá hằng tháng as a page shows it: the person, the month, the rule set, the points of each stage with
 * who gave them, where the suggested points came from, the appeal, and what the viewer may do with it.
 */
public record ScorecardView(Card card, EvaluationRuleSet rules, List<Stage> stages, List<Input> inputs,
		@Nullable Appeal appeal, Rights rights, Deadlines deadlines) {

	/** The period the scorecard covers: its month, or its quarter under a quarterly rule set. */
	public EvaluationPeriod period() {
		return rules.periodOf(java.time.YearMonth.from(card.month()));
	}

	/** The scorecard row with names. */
	public record Card(long id, long staffId, String staffName, String staffCode, long unitId, String unitName,
			LocalDate month, long ruleSetId, String staffCategory, boolean leader, @Nullable Long supervisorStaffId,
			@Nullable String supervisorName, ScorecardStatus status, BigDecimal generalPoints,
			BigDecimal resultsPoints, BigDecimal bonusPoints, BigDecimal total, ClassificationGrade grade,
			boolean disciplined, int version, @Nullable Long supersedesId, boolean current,
			@Nullable String approvedBy, @Nullable OffsetDateTime approvedAt, String unitPath,
			@Nullable String absenceReason) {
	}

	public record Stage(String stage, BigDecimal generalPoints, BigDecimal resultsPoints, BigDecimal bonusPoints,
			@Nullable String comment, String actor, OffsetDateTime at) {

		public BigDecimal total() {
			return generalPoints.add(resultsPoints).add(bonusPoints);
		}
	}

	/** One source of the suggestion: a message key {@code scorecard.input.<source>} with {@code |}-separated args. */
	public record Input(String part, String source, String label, BigDecimal points) {

		public Object[] args() {
			return label.isEmpty() ? new Object[0] : label.split("\\|");
		}
	}

	public record Appeal(String text, OffsetDateTime filedAt, @Nullable String answer, @Nullable Boolean upheld,
			@Nullable String answeredBy) {
	}

	/** What the viewer may do now. */
	/**
	 * What the viewer may do with the scorecard. {@code reviewOnBehalf}: the direct supervisor assesses for a person
	 * whose self-assessment is overdue (Decree 335/2025 lets the month be assessed without it), giving a reason the
	 * person reads, so that the month can always be approved.
	 */
	public record Rights(boolean selfAssess, boolean review, boolean adjust, boolean appeal, boolean answerAppeal,
			boolean markAbsent, boolean reviewOnBehalf) {
	}

	/** The month's deadlines for each step (rule data) and whether the current step is late. */
	public record Deadlines(LocalDate self, LocalDate review, LocalDate approval, boolean late) {
	}
}
