package vn.congvu.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Reads scorecards. A person sees their own, a supervisor their direct reports', heads and officers those of the
 * units in scope; any other scorecard is "not found".
 */
@Service
@Transactional(readOnly = true)
public class ScorecardQueries {

	static final String CARD = """
			select c.id, c.staff_id, m.full_name as staff_name, m.staff_code, c.unit_id, u.name as unit_name, c.month,
			       c.rule_set_id, c.staff_category, c.leader, c.supervisor_staff_id, sv.full_name as supervisor_name,
			       c.status, c.general_points, c.results_points, c.bonus_points, c.total, c.grade, c.disciplined,
			       c.version, c.supersedes_id, c.current, c.approved_by, c.approved_at,
			       u.path as unit_path, c.absence_reason
			from evaluation.scorecard c
			join staff.published_member m on m.id = c.staff_id
			join orgunit.published_unit u on u.id = c.unit_id
			left join staff.published_member sv on sv.id = c.supervisor_staff_id
			""";

	private static final String VISIBLE = """
			(c.staff_id = :me or c.supervisor_staff_id = :me or (:unitWide and u.path like :scope || '%'))""";

	private final JdbcClient jdbc;
	private final EvaluationRules rules;
	private final OrgUnitQueries units;
	private final Clock clock;

	ScorecardQueries(JdbcClient jdbc, EvaluationRules rules, OrgUnitQueries units, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.units = units;
		this.clock = clock;
	}

	/** The viewer's own current scorecards, newest month first. */
	public List<ScorecardView.Card> mine(Viewer viewer) {
		return jdbc.sql(CARD + " where c.staff_id = :me and c.current order by c.month desc limit 36")
			.param("me", me(viewer)).query(Rows.as(ScorecardView.Card.class)).list();
	}

	/** Scorecards waiting for the viewer as direct supervisor. */
	public List<ScorecardView.Card> toReview(Viewer viewer) {
		return jdbc.sql(CARD + """
				where c.supervisor_staff_id = :me and c.current and c.status = 'SELF_ASSESSED'
				order by c.month, m.sort_key limit 500""").param("me", me(viewer)).query(Rows.as(ScorecardView.Card.class)).list();
	}

	/**
	 * The viewer's people whose self-assessment is overdue: the direct supervisor (the unit's head where none is
	 * recorded) may assess for them, with a reason, so that their month can be approved.
	 */
	public List<ScorecardView.Card> overdueForSupervisor(Viewer viewer) {
		EvaluationRuleBook book = rules.book();
		return jdbc.sql(CARD + """
				where c.current and c.status = 'DRAFT' and c.staff_id <> :me
				  and (c.supervisor_staff_id = :me
				       or (c.supervisor_staff_id is null and :head and u.path like :scope || '%'))
				order by c.month, m.sort_key limit 500""").param("me", me(viewer))
			.param("head", viewer.mayApproveScorecards() && viewer.staffId() != null).param("scope", viewer.scopePath())
			.query(Rows.as(ScorecardView.Card.class)).list().stream().filter(c -> dated(book, c).deadlines().late())
			.toList();
	}

	/** Every current scorecard of one unit and month, best total first (heads and officers of the scope). */
	public List<ScorecardView.Card> ofUnit(Viewer viewer, long unitId, YearMonth month) {
		units.find(viewer, unitId); // 404 outside the scope
		if (!viewer.mayReadUnitScorecards()) {
			throw new RecordNotFoundException("unit", unitId);
		}
		return jdbc.sql(CARD + " where c.unit_id = :unit and c.month = :month and c.current order by c.total desc, m.sort_key")
			.param("unit", unitId).param("month", periodOf(month).firstDay()).query(Rows.as(ScorecardView.Card.class))
			.list();
	}

	/** The evaluation period that holds {@code month} under the rule set of its day (a month where there is none). */
	EvaluationPeriod periodOf(YearMonth month) {
		return rules.book().inForce(month.atDay(1)).map(r -> r.periodOf(month))
			.orElse(new EvaluationPeriod(month, 1));
	}

	/** How far a unit's month has gone: scorecards waiting for their person or supervisor, for the head, approved. */
	public record UnitMonth(long unitId, long cards, long pending, long reviewed, long approved) {
	}

	/** The month's progress of the given units (those in scope; heads and officers), by unit id. */
	public java.util.Map<Long, UnitMonth> progress(Viewer viewer, java.util.Collection<Long> unitIds, YearMonth month) {
		if (!viewer.mayReadUnitScorecards() || unitIds.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<Long, UnitMonth> progress = new java.util.HashMap<>();
		jdbc.sql("""
				select c.unit_id, count(*) as cards,
				       count(*) filter (where c.status in ('DRAFT', 'SELF_ASSESSED')) as pending,
				       count(*) filter (where c.status = 'REVIEWED') as reviewed,
				       count(*) filter (where c.status = 'APPROVED') as approved
				from evaluation.scorecard c join orgunit.published_unit u on u.id = c.unit_id
				where c.unit_id in (:units) and c.month = :month and c.current and u.path like :scope || '%'
				group by c.unit_id""")
			.param("units", unitIds).param("month", periodOf(month).firstDay()).param("scope", viewer.scopePath())
			.query(Rows.as(UnitMonth.class)).list().forEach(row -> progress.put(row.unitId(), row));
		return progress;
	}

	/** One scorecard with its stages, inputs, appeal and the viewer's rights. */
	public ScorecardView find(Viewer viewer, long id) {
		ScorecardView.Card card = card(viewer, id);
		EvaluationRuleSet ruleSet = rules.book().ruleSets().stream().filter(r -> r.id() == card.ruleSetId())
			.findFirst().orElseThrow();
		List<ScorecardView.Stage> stages = jdbc.sql("""
				select stage, general_points, results_points, bonus_points, comment, actor, at
				from evaluation.scorecard_stage where scorecard_id = :id
				order by array_position(array['SUGGESTED', 'SELF', 'SUPERVISOR', 'HEAD'], stage::text)""")
			.param("id", id).query(Rows.as(ScorecardView.Stage.class)).list();
		List<ScorecardView.Input> inputs = jdbc.sql("""
				select part, source, label, points from evaluation.scorecard_input where scorecard_id = :id
				order by array_position(array['GENERAL', 'RESULTS', 'BONUS', 'GRADE'], part::text), points desc""")
			.param("id", id).query(Rows.as(ScorecardView.Input.class)).list();
		ScorecardView.Appeal appeal = jdbc.sql("""
				select text, filed_at, answer, upheld, answered_by from evaluation.appeal where scorecard_id = :id""")
			.param("id", id).query(Rows.as(ScorecardView.Appeal.class)).optional().orElse(null);
		ScorecardView.Deadlines deadlines = deadlines(ruleSet, card);
		return new ScorecardView(card, ruleSet, stages, inputs, appeal,
				rights(viewer, card, appeal, card.status() == ScorecardStatus.DRAFT && deadlines.late()), deadlines);
	}

	ScorecardView.Card card(Viewer viewer, long id) {
		return jdbc.sql(CARD + " where c.id = :id and " + VISIBLE).param("id", id).param("me", me(viewer))
			.param("unitWide", viewer.mayReadUnitScorecards()).param("scope", viewer.scopePath())
			.query(Rows.as(ScorecardView.Card.class)).optional().orElseThrow(() -> new RecordNotFoundException("scorecard", id));
	}

	ScorecardView.Rights rights(Viewer viewer, ScorecardView.Card card, ScorecardView.@org.jspecify.annotations.Nullable Appeal appeal,
			boolean selfOverdue) {
		boolean owner = viewer.isStaff(card.staffId());
		boolean head = !owner && viewer.mayApproveScorecards() && viewer.sees(card.unitPath());
		boolean supervisor = !owner && (viewer.isStaff(card.supervisorStaffId())
				|| head && card.supervisorStaffId() == null);
		ScorecardStatus status = card.status();
		return new ScorecardView.Rights(
				owner && card.current() && (status == ScorecardStatus.DRAFT || status == ScorecardStatus.SELF_ASSESSED),
				supervisor && card.current() && status == ScorecardStatus.SELF_ASSESSED,
				head && card.current() && status == ScorecardStatus.REVIEWED,
				owner && card.current() && status == ScorecardStatus.APPROVED && appeal == null,
				head && appeal != null && appeal.answer() == null,
				!owner && card.current() && (head || viewer.mayManageEvaluationRules() && viewer.sees(card.unitPath()))
						&& status != ScorecardStatus.APPROVED && status != ScorecardStatus.ABSENT,
				supervisor && card.current() && status == ScorecardStatus.DRAFT && selfOverdue);
	}

	/**
	 * A scorecard with its deadlines and the period it covers as a short label: its month ("10/2026") or its quarter
	 * ("Q4/2026").
	 */
	public record Dated(ScorecardView.Card card, ScorecardView.Deadlines deadlines, String period) {
	}

	/** Each scorecard dated under its rule set, the rule book read once for the list. */
	public List<Dated> dated(List<ScorecardView.Card> cards) {
		EvaluationRuleBook book = rules.book();
		return cards.stream().map(c -> dated(book, c)).toList();
	}

	private Dated dated(EvaluationRuleBook book, ScorecardView.Card card) {
		EvaluationRuleSet ruleSet = book.ruleSets().stream().filter(r -> r.id() == card.ruleSetId()).findFirst()
			.orElseThrow();
		EvaluationPeriod period = ruleSet.periodOf(YearMonth.from(card.month()));
		String label = period.quarterly() ? "Q" + period.quarter() + "/" + period.first().getYear()
				: String.format("%02d/%d", period.first().getMonthValue(), period.first().getYear());
		return new Dated(card, deadlines(ruleSet, card), label);
	}

	/** The period a scorecard covers as a short label ({@link Dated#period}). */
	public String periodLabel(ScorecardView.Card card) {
		return dated(List.of(card)).getFirst().period();
	}

	/** The deadlines of a scorecard under its rule set (self-assessment, review, approval) and whether it is late. */
	ScorecardView.Deadlines deadlines(ScorecardView.Card card) {
		return dated(List.of(card)).getFirst().deadlines();
	}

	private ScorecardView.Deadlines deadlines(EvaluationRuleSet ruleSet, ScorecardView.Card card) {
		YearMonth next = ruleSet.periodOf(YearMonth.from(card.month())).next();
		LocalDate self = next.atDay(ruleSet.selfDueDay());
		LocalDate review = next.atDay(ruleSet.reviewDueDay());
		LocalDate approval = next.atDay(ruleSet.approvalDueDay());
		LocalDate today = LocalDate.now(clock);
		LocalDate due = switch (card.status()) {
			case DRAFT -> self;
			case SELF_ASSESSED -> review;
			case REVIEWED -> approval;
			default -> LocalDate.MAX;
		};
		return new ScorecardView.Deadlines(self, review, approval, today.isAfter(due));
	}

	private static long me(Viewer viewer) {
		return viewer.staffId() == null ? -1L : viewer.staffId();
	}
}
