package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.feedback.SatisfactionIndex;
import vn.congvu.feedback.SatisfactionQueries;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Chốt tháng: computes and stores the scorecard of every person of the scope for an ended month, from what the
 * system already knows (tasks due in the month, confirmed violations, substantiated reports, discipline), under the
 * rule set in force on the month. People who already have a scorecard for the month keep it. One statement reads
 * every input; the rules run in Java ({@link EvaluationRuleBook}); the rows go in by batches of arrays.
 */
@Service
public class MonthlyClose {

	static final int BATCH = 5_000;

	private final JdbcClient jdbc;
	private final EvaluationRules rules;
	private final Jobs jobs;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final OrgUnitQueries units;
	private final TransactionTemplate transaction;
	private final SatisfactionQueries satisfaction;
	private final Clock clock;

	MonthlyClose(JdbcClient jdbc, EvaluationRules rules, Jobs jobs, AuditLog audit, ApplicationEventPublisher events,
			OrgUnitQueries units, SatisfactionQueries satisfaction, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.jobs = jobs;
		this.audit = audit;
		this.events = events;
		this.units = units;
		this.transaction = transaction;
		this.satisfaction = satisfaction;
		this.clock = clock;
	}

	/**
	 * Starts closing the period that holds {@code month} (the month, or its quarter under a quarterly rule set) for
	 * the units under {@code unitId} as a background job; returns the job id.
	 */
	public java.util.UUID start(Viewer viewer, long unitId, YearMonth month) {
		check(viewer, unitId, month);
		return jobs.start(viewer, "evaluation.close", progress -> String.valueOf(close(viewer, unitId, month, progress)));
	}

	/** Closes the period now (in the caller's thread); returns how many scorecards were created. */
	public int close(Viewer viewer, long unitId, YearMonth month, Jobs.@Nullable Progress progress) {
		EvaluationPeriod period = check(viewer, unitId, month);
		EvaluationRuleSet ruleSet = rules.inForce(period.firstDay());
		Integer created = transaction.execute(status -> {
			List<CardDraft> drafts = drafts(ruleSet, units.pathOf(unitId), period,
					satisfaction.byOfficerWithEnoughRatings(viewer, period.firstDay(), period.lastDay()));
			OffsetDateTime now = OffsetDateTime.now(clock);
			for (int from = 0; from < drafts.size(); from += BATCH) {
				new CardWriter(jdbc).write(drafts.subList(from, Math.min(drafts.size(), from + BATCH)), period.first(),
						ruleSet.id(), now);
				if (progress != null) {
					progress.update(Math.min(drafts.size(), from + BATCH), drafts.size());
				}
			}
			audit.record("scorecard.closeMonth", "unit", unitId, null, Map.of("month", period.first().toString(),
					"months", period.months(), "created", drafts.size(), "ruleSet", ruleSet.code()));
			events.publishEvent(new EvaluationPeriodClosed(period.first(), unitId, drafts.size()));
			return drafts.size();
		});
		return created == null ? 0 : created;
	}

	/** The period to close, once the viewer may close it and it has ended. */
	private EvaluationPeriod check(Viewer viewer, long unitId, YearMonth month) {
		NotPermittedException.unless(viewer.mayManageEvaluationRules());
		if (!units.inScope(viewer, unitId)) {
			throw new InvalidInputException("scorecard.unitOutOfScope");
		}
		if (!month.isBefore(YearMonth.now(clock))) {
			throw new InvalidInputException("scorecard.monthNotEnded");
		}
		EvaluationPeriod period = rules.inForce(month.atDay(1)).periodOf(month);
		if (!period.endedBefore(YearMonth.now(clock))) {
			throw new InvalidInputException("scorecard.quarterNotEnded", period.quarter(),
					String.valueOf(period.first().getYear()));
		}
		if (month.isBefore(YearMonth.now(clock).minusYears(3))) {
			throw new InvalidInputException("scorecard.monthTooOld");
		}
		return period;
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

	private List<CardDraft> drafts(EvaluationRuleSet ruleSet, String scopePath, EvaluationPeriod period,
			Map<Long, SatisfactionIndex> satisfaction) {
		List<CardDraft> drafts = new ArrayList<>();
		jdbc.sql(INPUTS).param("scope", scopePath).param("month", period.firstDay()).param("last", period.lastDay())
			.query((rs, n) -> drafts.add(draft(ruleSet, rs, satisfaction))).list();
		return ruleSet.leaderUnitWeightPercent().signum() == 0 ? drafts : withUnitResults(ruleSet, drafts);
	}

	/**
	 * Leaders' drafts weigh the unit they lead: whether anyone else under their unit (sub-units included) is
	 * suggested below "completed". The few who are sit in a sorted map by unit path, so each leader is one range look-up.
	 */
	private static List<CardDraft> withUnitResults(EvaluationRuleSet ruleSet, List<CardDraft> drafts) {
		java.util.NavigableMap<String, List<Long>> failing = new java.util.TreeMap<>();
		for (CardDraft d : drafts) {
			if (d.grade() == ClassificationGrade.NOT_COMPLETED) {
				failing.computeIfAbsent(d.unitPath(), k -> new ArrayList<>()).add(d.staffId());
			}
		}
		List<CardDraft> result = new ArrayList<>(drafts.size());
		for (CardDraft d : drafts) {
			if (!d.leader()) {
				result.add(d);
				continue;
			}
			boolean allCompleted = failing.subMap(d.unitPath(), true, d.unitPath() + Character.MAX_VALUE, false)
				.values().stream().flatMap(List::stream).allMatch(id -> id == d.staffId());
			result.add(d.withUnitResults(ruleSet, allCompleted));
		}
		return result;
	}

	private static CardDraft draft(EvaluationRuleSet ruleSet, ResultSet rs, Map<Long, SatisfactionIndex> satisfaction)
			throws SQLException {
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

	/**
	 * Everyone assigned in scope on the period's last day without a scorecard yet, with the period's inputs ({@code
	 * :month} is its first day, {@code :last} its last).
	 */
	private static final String INPUTS = """
			with people as (
			    select distinct on (a.staff_id) a.staff_id, a.unit_id, u.path as unit_path, m.category, a.leadership
			    from staff.published_assignment a
			    join staff.published_member m on m.id = a.staff_id
			    join orgunit.published_unit u on u.id = a.unit_id
			    where u.path like :scope || '%' and a.valid_from <= :last and (a.valid_to is null or a.valid_to > :last)
			    order by a.staff_id, a.valid_from desc),
			heads as (
			    select distinct on (unit_id) unit_id, staff_id from staff.published_assignment
			    where leadership = 'HEAD' and valid_from <= :last and (valid_to is null or valid_to > :last)
			    order by unit_id, valid_from desc),
			task_outcomes as (
			    select owner_staff_id as staff_id, array_agg(status = 'ACCEPTED' order by id) as done,
			           array_agg(rework_count order by id) as reworks, array_agg(first_submitted_late order by id) as late,
			           array_agg(objective_cause is not null order by id) as excused
			    from evaluation.task where due_on between :month and :last and status <> 'CANCELLED'
			    group by owner_staff_id),
			inputs as (
			    select staff_id,
			           count(*) filter (where kind = 'VIOLATION' and detail = 'MINOR') as minor,
			           count(*) filter (where kind = 'VIOLATION' and detail = 'SERIOUS') as serious,
			           count(*) filter (where kind = 'VIOLATION' and detail = 'VERY_SERIOUS') as very_serious,
			           count(*) filter (where kind = 'VIOLATION' and detail = 'ESPECIALLY_SERIOUS') as especially_serious,
			           count(*) filter (where kind = 'UNIT_VIOLATION') as unit_violations,
			           count(*) filter (where kind = 'REPORT') as reports,
			           bool_or(kind = 'DISCIPLINE') as disciplined
			    from evaluation.recorded_input where occurred_on between :month and :last group by staff_id)
			select p.staff_id, p.unit_id, p.unit_path, p.category, p.leadership,
			       coalesce(sv.supervisor_staff_id, nullif(h.staff_id, p.staff_id)) as supervisor,
			       t.done, t.reworks, t.late, t.excused,
			       coalesce(i.minor, 0) as minor, coalesce(i.serious, 0) as serious,
			       coalesce(i.very_serious, 0) as very_serious, coalesce(i.especially_serious, 0) as especially_serious,
			       coalesce(i.unit_violations, 0) as unit_violations, coalesce(i.reports, 0) as reports,
			       coalesce(i.disciplined, false) as disciplined
			from people p
			left join heads h on h.unit_id = p.unit_id
			left join evaluation.supervision sv on sv.staff_id = p.staff_id
			left join task_outcomes t on t.staff_id = p.staff_id
			left join inputs i on i.staff_id = p.staff_id
			where not exists (select 1 from evaluation.scorecard s where s.staff_id = p.staff_id and s.month = :month
			                  and s.current)
			""";
}
