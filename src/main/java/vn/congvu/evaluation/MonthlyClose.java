package vn.congvu.evaluation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
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
 * every input through a cursor; the rules run in Java ({@link CardDrafts}, {@link EvaluationRuleBook}); the drafts
 * are copied to the server as they are made and land by three set-based statements ({@link CardWriter}).
 */
@Service
public class MonthlyClose {

	private final JdbcClient jdbc;
	private final EvaluationRules rules;
	private final Jobs jobs;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final OrgUnitQueries units;
	private final TransactionTemplate transaction;
	private final SatisfactionQueries satisfaction;
	private final Clock clock;
	private final DataSource dataSource;
	/** Reads the inputs a thousand rows at a time (a server-side cursor inside the close's transaction). */
	private final NamedParameterJdbcTemplate cursor;

	MonthlyClose(DataSource dataSource, JdbcClient jdbc, EvaluationRules rules, Jobs jobs, AuditLog audit, ApplicationEventPublisher events,
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
		this.dataSource = dataSource;
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1_000);
		this.cursor = new NamedParameterJdbcTemplate(streaming);
	}

	/**
	 * Starts closing the period that holds {@code month} (the month, or its quarter under a quarterly rule set) for
	 * the units under {@code unitId} as a background job; returns the job id.
	 */
	public java.util.UUID start(Viewer viewer, long unitId, YearMonth month) {
		check(viewer, unitId, month);
		String again = "/evaluation/units/" + unitId + "/calibration?month=" + month;
		return jobs.start(viewer, "evaluation.close", again, progress -> String.valueOf(close(viewer, unitId, month, progress)));
	}

	/**
	 * Closes the period now (in the caller's thread); returns how many scorecards were created. The inputs are read
	 * through a cursor and each person's draft is copied to the server as it is made, so memory stays bounded
	 * whatever the number of people; everything lands in one transaction or nothing does.
	 */
	public int close(Viewer viewer, long unitId, YearMonth month, Jobs.@Nullable Progress progress) {
		EvaluationPeriod period = check(viewer, unitId, month);
		EvaluationRuleSet ruleSet = rules.inForce(period.firstDay());
		Integer created = transaction.execute(status -> {
			String scope = units.pathOf(unitId);
			CardDrafts drafts = new CardDrafts(ruleSet,
					satisfaction.byOfficerWithEnoughRatings(viewer, period.firstDay(), period.lastDay()));
			int people = jdbc.sql(PEOPLE).param("scope", scope).param("last", period.lastDay()).query(Integer.class)
				.single();
			Connection db = DataSourceUtils.getConnection(dataSource);
			try {
				CardWriter writer = new CardWriter(jdbc, db);
				cursor.query(INPUTS, Map.of("scope", scope, "month", period.firstDay(), "last", period.lastDay()),
						(ResultSet row) -> {
							CardDrafts.CardDraft draft = drafts.next(row);
							if (draft != null) {
								writer.add(draft);
								if (progress != null && writer.added() % CardWriter.BATCH == 0) {
									progress.update(Math.min(writer.added(), people - 1), people);
								}
							}
						});
				drafts.leaders().forEach(writer::add);
				int count = writer.finish(period.first(), ruleSet.id(), OffsetDateTime.now(clock));
				if (progress != null) {
					progress.update(count, count);
				}
				audit.record("scorecard.closeMonth", "unit", unitId, null, Map.of("month", period.first().toString(),
						"months", period.months(), "created", count, "ruleSet", ruleSet.code()));
				events.publishEvent(new EvaluationPeriodClosed(period.first(), unitId, count));
				return count;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The close could not prepare its tables: " + ex.getMessage(), ex);
			}
			finally {
				DataSourceUtils.releaseConnection(db, dataSource);
			}
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

	/**
	 * Everyone assigned in scope on the period's last day without a scorecard yet, with the period's inputs ({@code
	 * :month} is its first day, {@code :last} its last).
	 */
	/** How many people are assigned in scope on the period's last day (the progress bar's length). */
	private static final String PEOPLE = """
			select count(distinct a.staff_id) from staff.published_assignment a
			join orgunit.published_unit u on u.id = a.unit_id
			where u.path like :scope || '%' and a.valid_from <= :last and (a.valid_to is null or a.valid_to > :last)
			""";

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
