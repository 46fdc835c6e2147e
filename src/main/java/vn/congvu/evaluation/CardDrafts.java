package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.congvu.feedback.SatisfactionIndex;

/**
 * Turns each person's inputs for a period (one row of the close's query) into a suggested scorecard under the rule
 * set, then weighs leaders' results by the unit they lead once everyone's suggestion is known. It keeps only what the
 * leaders need (their drafts, and who is below "completed" by unit path), so a close streams through any number of
 * people in bounded memory.
 */
final class CardDrafts {

	private final EvaluationRuleSet ruleSet;
	private final Map<Long, SatisfactionIndex> satisfaction;
	private final boolean leadersWeighTheirUnit;
	private final NavigableMap<String, List<Long>> failing = new TreeMap<>();
	private final List<CardDraft> leaders = new ArrayList<>();

	CardDrafts(EvaluationRuleSet ruleSet, Map<Long, SatisfactionIndex> satisfaction) {
		this.ruleSet = ruleSet;
		this.satisfaction = satisfaction;
		this.leadersWeighTheirUnit = ruleSet.leaderUnitWeightPercent().signum() != 0;
	}

	/** The draft of the row, or null for a leader whose unit weighs in: theirs comes from {@link #leaders()}. */
	@Nullable CardDraft next(ResultSet rs) throws SQLException {
		CardDraft d = draft(rs);
		if (!leadersWeighTheirUnit) {
			return d;
		}
		if (d.grade() == ClassificationGrade.NOT_COMPLETED) {
			failing.computeIfAbsent(d.unitPath(), k -> new ArrayList<>()).add(d.staffId());
		}
		if (d.leader()) {
			leaders.add(d);
			return null;
		}
		return d;
	}

	/**
	 * The leaders' drafts, once every row has been read, each weighing whether anyone else under their unit (sub-units
	 * included) is suggested below "completed": the few who are sit in a sorted map by unit path, one range look-up
	 * per leader.
	 */
	List<CardDraft> leaders() {
		List<CardDraft> weighed = new ArrayList<>(leaders.size());
		for (CardDraft d : leaders) {
			boolean allCompleted = failing.subMap(d.unitPath(), true, d.unitPath() + Character.MAX_VALUE, false)
				.values().stream().flatMap(List::stream).allMatch(id -> id == d.staffId());
			weighed.add(d.withUnitResults(ruleSet, allCompleted));
		}
		return weighed;
	}

	/** A scorecard about to be written: the suggested points and where they came from. */
	record CardDraft(long staffId, long unitId, String unitPath, String category, boolean leader,
			@Nullable Long supervisor, BigDecimal general, BigDecimal results, BigDecimal bonus, BigDecimal total,
			ClassificationGrade grade, boolean disciplined, List<String[]> inputs) {

		/** The same draft with a leader's results part that weighs the unit they lead. */
		CardDraft withUnitResults(EvaluationRuleSet ruleSet, boolean unitAllCompleted) {
			BigDecimal weighed = EvaluationRuleBook.leaderResults(ruleSet, results, unitAllCompleted);
			List<String[]> more = new ArrayList<>(inputs);
			more.add(new String[] { "RESULTS", "LEADER_UNIT",
					(unitAllCompleted ? "100" : "50") + "|" + plain(ruleSet.leaderUnitWeightPercent()),
					plain(weighed.subtract(results)) });
			BigDecimal sum = general.add(weighed).add(bonus);
			return new CardDraft(staffId, unitId, unitPath, category, true, supervisor, general, weighed, bonus, sum,
					EvaluationRuleBook.grade(ruleSet, sum, disciplined), disciplined, more);
		}
	}

	private CardDraft draft(ResultSet rs) throws SQLException {
		List<String[]> inputs = new ArrayList<>();
		int[] bySeverity = { rs.getInt("minor"), rs.getInt("serious"), rs.getInt("very_serious"),
				rs.getInt("especially_serious") };
		int unitViolations = rs.getInt("unit_violations");
		int reports = rs.getInt("reports");
		boolean disciplined = rs.getBoolean("disciplined");
		BigDecimal general = EvaluationRuleBook.general(ruleSet, bySeverity, unitViolations, reports);
		SatisfactionIndex index = satisfaction.get(rs.getLong("staff_id"));
		inputs.add(new String[] { "GENERAL", "FRAME", ruleSet.generalPoints().toPlainString(), plain(ruleSet.generalPoints()) });
		String[] severities = { "MINOR", "SERIOUS", "VERY_SERIOUS", "ESPECIALLY_SERIOUS" };
		for (int s = 0; s < 4; s++) {
			if (bySeverity[s] > 0) {
				inputs.add(new String[] { "GENERAL", "VIOLATION_" + severities[s], String.valueOf(bySeverity[s]),
						plain(ruleSet.violationPoints().get(s).multiply(BigDecimal.valueOf(-bySeverity[s]))) });
			}
		}
		if (unitViolations > 0) {
			inputs.add(new String[] { "GENERAL", "UNIT_VIOLATION", String.valueOf(unitViolations),
					plain(ruleSet.unitViolationPoints().multiply(BigDecimal.valueOf(-unitViolations))) });
		}
		if (reports > 0) {
			inputs.add(new String[] { "GENERAL", "REPORT", String.valueOf(reports),
					plain(ruleSet.reportPoints().multiply(BigDecimal.valueOf(-reports))) });
		}
		if (index != null && index.overall() != null) {
			BigDecimal deduction = EvaluationRuleBook.satisfactionDeduction(ruleSet, index.overall()).min(general);
			general = general.subtract(deduction);
			inputs.add(new String[] { "GENERAL", "SATISFACTION",
					BigDecimal.valueOf(index.overall() * 100).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
							+ "|" + index.responses(), plain(deduction.negate()) });
		}
		List<EvaluationRuleBook.TaskOutcome> tasks = tasks(rs);
		EvaluationRuleBook.Results results = EvaluationRuleBook.results(ruleSet, tasks);
		BigDecimal resultPoints;
		if (results == null) {
			// without evidence of tasks the system cannot suggest "excellent": the results frame at the good band's share
			resultPoints = ruleSet.resultsPoints().multiply(ruleSet.goodFrom())
				.divide(ruleSet.maximum(), 2, java.math.RoundingMode.HALF_UP);
			inputs.add(new String[] { "RESULTS", "NO_TASKS", "", plain(resultPoints) });
		}
		else {
			resultPoints = results.points();
			long done = tasks.stream().filter(EvaluationRuleBook.TaskOutcome::done).count();
			inputs.add(new String[] { "RESULTS", "TASKS", done + "|" + tasks.size() + "|" + percent(results.quality())
					+ "|" + percent(results.progress()), plain(resultPoints) });
		}
		if (disciplined) {
			inputs.add(new String[] { "GRADE", "DISCIPLINE", "", "0" });
		}
		BigDecimal total = general.add(resultPoints);
		String leadership = rs.getString("leadership");
		long supervisorId = rs.getLong("supervisor");
		Long supervisor = rs.wasNull() ? null : supervisorId;
		return new CardDraft(rs.getLong("staff_id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("category"),
				leadership != null, supervisor, general, resultPoints, BigDecimal.ZERO.setScale(2),
				total, EvaluationRuleBook.grade(ruleSet, total, disciplined), disciplined, inputs);
	}

	private static List<EvaluationRuleBook.TaskOutcome> tasks(ResultSet rs) throws SQLException {
		Array done = rs.getArray("done");
		if (done == null) {
			return List.of();
		}
		Boolean[] d = (Boolean[]) done.getArray();
		Integer[] reworks = (Integer[]) rs.getArray("reworks").getArray();
		Boolean[] late = (Boolean[]) rs.getArray("late").getArray();
		Boolean[] excused = (Boolean[]) rs.getArray("excused").getArray();
		List<EvaluationRuleBook.TaskOutcome> outcomes = new ArrayList<>(d.length);
		for (int i = 0; i < d.length; i++) {
			outcomes.add(new EvaluationRuleBook.TaskOutcome(d[i], reworks[i], late[i], excused[i]));
		}
		return outcomes;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String percent(BigDecimal ratio) {
		return ratio.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
	}
}
