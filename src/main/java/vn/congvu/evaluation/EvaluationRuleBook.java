package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation rules as plain logic over the stored rule sets: which set is in force, the level a score earns,
 * the results part from the month's tasks, the general part after deductions, the quota and the annual roll-up.
 * No database: the table-driven tests exercise it directly.
 */
public final class EvaluationRuleBook {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final List<EvaluationRuleSet> ruleSets;

	public EvaluationRuleBook(List<EvaluationRuleSet> ruleSets) {
		this.ruleSets = List.copyOf(ruleSets);
	}

	public List<EvaluationRuleSet> ruleSets() {
		return ruleSets;
	}

	/** The rule set in force on {@code date}. */
	public Optional<EvaluationRuleSet> inForce(LocalDate date) {
		return ruleSets.stream().filter(r -> r.inForceOn(date)).max(Comparator.comparing(EvaluationRuleSet::validFrom));
	}

	/** The level a total earns; a disciplined person is "not completed" whatever the score. */
	public static ClassificationGrade grade(EvaluationRuleSet rules, BigDecimal total, boolean disciplined) {
		if (disciplined) {
			return ClassificationGrade.NOT_COMPLETED;
		}
		if (total.compareTo(rules.excellentFrom()) >= 0) {
			return ClassificationGrade.EXCELLENT;
		}
		if (total.compareTo(rules.goodFrom()) >= 0) {
			return ClassificationGrade.GOOD;
		}
		return total.compareTo(rules.completedFrom()) >= 0 ? ClassificationGrade.COMPLETED
				: ClassificationGrade.NOT_COMPLETED;
	}

	/** One task due in the month: done or not, how often it was sent back, whether late, an accepted excuse. */
	public record TaskOutcome(boolean done, int reworks, boolean late, boolean objectiveCause) {
	}

	/** The results part: quantity (done / assigned), quality and progress (mean over done tasks), and the points. */
	public record Results(BigDecimal quantity, BigDecimal quality, BigDecimal progress, BigDecimal points) {
	}

	/**
	 * The results part of the month: the frame times the mean of quantity, quality and progress. Each time a product
	 * is sent back takes the rule set's share (25%) off that task's quality, a late product the same share off its
	 * progress, unless an objective cause was accepted. With no task due, {@code null}: the evaluators score it.
	 */
	public static @Nullable Results results(EvaluationRuleSet rules, List<TaskOutcome> tasks) {
		if (tasks.isEmpty()) {
			return null;
		}
		List<TaskOutcome> done = tasks.stream().filter(TaskOutcome::done).toList();
		BigDecimal quantity = ratio(done.size(), tasks.size());
		BigDecimal quality = BigDecimal.ZERO;
		BigDecimal progress = BigDecimal.ZERO;
		for (TaskOutcome task : done) {
			int reworks = task.objectiveCause() ? 0 : task.reworks();
			int late = task.late() && !task.objectiveCause() ? 1 : 0;
			quality = quality.add(remaining(rules.reworkDeductionPercent(), reworks));
			progress = progress.add(remaining(rules.lateDeductionPercent(), late));
		}
		if (!done.isEmpty()) {
			quality = quality.divide(BigDecimal.valueOf(done.size()), 6, RoundingMode.HALF_UP);
			progress = progress.divide(BigDecimal.valueOf(done.size()), 6, RoundingMode.HALF_UP);
		}
		BigDecimal points = rules.resultsPoints().multiply(quantity.add(quality).add(progress))
			.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
		return new Results(quantity, quality, progress, points);
	}

	/**
	 * The general part: the frame less the deductions for the person's confirmed violations (by severity), and, for
	 * a unit's head, for the unit's violations and substantiated reports; never below zero.
	 */
	public static BigDecimal general(EvaluationRuleSet rules, int[] violationsBySeverity, int unitViolations,
			int reports) {
		BigDecimal points = rules.generalPoints();
		for (int s = 0; s < violationsBySeverity.length && s < rules.violationPoints().size(); s++) {
			points = points.subtract(rules.violationPoints().get(s).multiply(BigDecimal.valueOf(violationsBySeverity[s])));
		}
		points = points.subtract(rules.unitViolationPoints().multiply(BigDecimal.valueOf(unitViolations)))
			.subtract(rules.reportPoints().multiply(BigDecimal.valueOf(reports)));
		return points.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * What an officer's satisfaction index costs the general part: the rule set's points when the index (a share in
	 * [0, 1], counted only once enough citizens rated) lies below its floor, otherwise nothing.
	 */
	public static BigDecimal satisfactionDeduction(EvaluationRuleSet rules, double index) {
		BigDecimal percent = BigDecimal.valueOf(index).multiply(HUNDRED);
		return percent.compareTo(rules.satisfactionFloorPercent()) < 0 ? rules.satisfactionPoints() : BigDecimal.ZERO;
	}

	/**
	 * A leader's results part: the rule set's share of it measures the unit they lead, at 100% when everyone in it is
	 * suggested at least "completed" and 50% otherwise (Decree 335/2025); the rest is the leader's own tasks.
	 */
	public static BigDecimal leaderResults(EvaluationRuleSet rules, BigDecimal ownResults, boolean unitAllCompleted) {
		BigDecimal weight = rules.leaderUnitWeightPercent().divide(HUNDRED, 6, RoundingMode.HALF_UP);
		BigDecimal unit = rules.resultsPoints().multiply(unitAllCompleted ? BigDecimal.ONE : new BigDecimal("0.5"));
		return ownResults.multiply(BigDecimal.ONE.subtract(weight)).add(unit.multiply(weight))
			.setScale(2, RoundingMode.HALF_UP);
	}

	/** Whether points lie inside a part's frame (0 to the part's maximum). */
	public static boolean withinFrame(BigDecimal points, BigDecimal maximum) {
		return points.signum() >= 0 && points.compareTo(maximum) <= 0;
	}

	private static BigDecimal ratio(int part, int whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
	}

	private static BigDecimal remaining(BigDecimal percentEach, int times) {
		BigDecimal left = HUNDRED.subtract(percentEach.multiply(BigDecimal.valueOf(times)));
		return left.max(BigDecimal.ZERO).divide(HUNDRED, 6, RoundingMode.HALF_UP);
	}
}
