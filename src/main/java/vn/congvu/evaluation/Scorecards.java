package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.TextLimits;

/**
 * The monthly scorecard's workflow: the person self-assesses, the direct supervisor reviews, the head may adjust and
 * approves (see {@link Calibration#approve}); one appeal per scorecard, answered by the head. Points outside the
 * frame are refused; points that differ from the previous stage need a reason. An approved scorecard never
 * changes: an upheld appeal records a new version that supersedes it.
 */
@Service
@Transactional
public class Scorecards {

	private final JdbcClient jdbc;
	private final ScorecardQueries queries;
	private final AuditLog audit;
	private final Clock clock;

	Scorecards(JdbcClient jdbc, ScorecardQueries queries, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	/** Points for the three parts of the frame. */
	public record Points(BigDecimal general, BigDecimal results, BigDecimal bonus) {

		BigDecimal total() {
			return general.add(results).add(bonus);
		}
	}

	public void selfAssess(Viewer viewer, long id, Points points, String comment) {
		ScorecardView view = queries.find(viewer, id);
		require(view.rights().selfAssess());
		record(viewer, view, "SELF", ScorecardStatus.SELF_ASSESSED, points, comment, "SUGGESTED");
	}

	public void review(Viewer viewer, long id, Points points, String comment) {
		ScorecardView view = queries.find(viewer, id);
		require(view.rights().review());
		record(viewer, view, "SUPERVISOR", ScorecardStatus.REVIEWED, points, comment, "SELF");
	}

	/**
	 * The direct supervisor assesses for a person whose self-assessment is overdue, with a reason the person reads
	 * on the scorecard; the month then goes on to the head as if reviewed.
	 */
	public void reviewOnBehalf(Viewer viewer, long id, Points points, String reason) {
		ScorecardView view = queries.find(viewer, id);
		require(view.rights().reviewOnBehalf());
		String why = TextLimits.requireReason(reason, "scorecard.onBehalf.reason", 2_000);
		record(viewer, view, "SUPERVISOR", ScorecardStatus.REVIEWED, points, why, "SUGGESTED");
		audit.record("scorecard.reviewOnBehalf", "scorecard", id, null, Map.of("reason", why));
	}

	/** The head changes a reviewed scorecard's points before approving; a reason is required. */
	public void adjust(Viewer viewer, long id, Points points, String reason) {
		ScorecardView view = queries.find(viewer, id);
		require(view.rights().adjust());
		requireReason(reason);
		record(viewer, view, "HEAD", ScorecardStatus.REVIEWED, points, reason, "SUPERVISOR");
	}

	/**
	 * The head (or a Home Affairs officer) marks a month the person was away (leave, training, sick leave): the
	 * scorecard leaves the calibration and counts as an absent month in the year, with its reason.
	 */
	public void markAbsent(Viewer viewer, long id, String reason) {
		ScorecardView view = queries.find(viewer, id);
		require(view.rights().markAbsent());
		String why = TextLimits.requireReason(reason, "scorecard.reasonRequired", 500);
		int updated = jdbc.sql("""
				update evaluation.scorecard set status = 'ABSENT', absence_reason = :why
				where id = :id and status = :from and current""")
			.param("why", why).param("id", id).param("from", view.card().status().name()).update();
		if (updated != 1) {
			throw new vn.congvu.shared.ConflictException("scorecard.changedMeanwhile");
		}
		audit.record("scorecard.markAbsent", "scorecard", id, Map.of("status", view.card().status().name()),
				Map.of("status", "ABSENT", "reason", why));
	}

	/** The person appeals an approved scorecard, once. */
	public void appeal(Viewer viewer, long id, String text) {
		ScorecardView view = queries.find(viewer, id);
		if (view.appeal() != null) {
			throw new InvalidInputException("scorecard.appealOnce");
		}
		require(view.rights().appeal());
		requireReason(text);
		jdbc.sql("insert into evaluation.appeal (scorecard_id, text, filed_at) values (:id, :t, :at) on conflict do nothing")
			.param("id", id).param("t", text.strip()).param("at", OffsetDateTime.now(clock)).update();
		audit.record("scorecard.appeal", "scorecard", id, null, Map.of("text", text.strip()));
	}

	/**
	 * The head answers the appeal. Upheld with new points, the scorecard is amended: a new approved version
	 * supersedes the old one, which stays as it was.
	 */
	public void answerAppeal(Viewer viewer, long id, boolean upheld, String answer, @Nullable Points points) {
		ScorecardView view = queries.find(viewer, id);
		require(view.rights().answerAppeal());
		requireReason(answer);
		if (upheld) {
			if (points == null) {
				throw new InvalidInputException("scorecard.pointsRequired");
			}
			checkFrame(view.rules(), points);
			amend(viewer, view, points, answer.strip());
		}
		jdbc.sql("""
				update evaluation.appeal set answer = :a, upheld = :u, answered_by = :by, answered_at = :at
				where scorecard_id = :id and answer is null""").param("a", answer.strip()).param("u", upheld)
			.param("by", viewer.displayName()).param("at", OffsetDateTime.now(clock)).param("id", id).update();
		audit.record("scorecard.answerAppeal", "scorecard", id, null, Map.of("upheld", upheld, "answer", answer.strip()));
	}

	private void amend(Viewer viewer, ScorecardView view, Points points, String reason) {
		ScorecardView.Card card = view.card();
		ClassificationGrade grade = EvaluationRuleBook.grade(view.rules(), points.total(), card.disciplined());
		jdbc.sql("update evaluation.scorecard set current = false where id = :id and current").param("id", card.id())
			.update();
		long amendment = jdbc.sql("""
				insert into evaluation.scorecard (staff_id, month, unit_id, rule_set_id, staff_category, leader,
				    supervisor_staff_id, status, general_points, results_points, bonus_points, total, grade, disciplined,
				    version, supersedes_id, approved_by, approved_at, created_at)
				select staff_id, month, unit_id, rule_set_id, staff_category, leader, supervisor_staff_id, 'APPROVED',
				    :g, :r, :b, :t, :grade, disciplined, version + 1, id, :by, :now, :now
				from evaluation.scorecard where id = :id returning id""")
			.param("g", points.general()).param("r", points.results()).param("b", points.bonus())
			.param("t", points.total()).param("grade", grade.name()).param("by", viewer.displayName())
			.param("now", OffsetDateTime.now(clock)).param("id", card.id()).query(Long.class).single();
		jdbc.sql("""
				insert into evaluation.scorecard_input (scorecard_id, part, source, label, points)
				select :new, part, source, label, points from evaluation.scorecard_input where scorecard_id = :old""")
			.param("new", amendment).param("old", card.id()).update();
		jdbc.sql("""
				insert into evaluation.scorecard_stage (scorecard_id, stage, general_points, results_points, bonus_points,
				    comment, actor, at)
				select :new, stage, general_points, results_points, bonus_points, comment, actor, at
				from evaluation.scorecard_stage where scorecard_id = :old and stage <> 'HEAD'""")
			.param("new", amendment).param("old", card.id()).update();
		stage(amendment, "HEAD", points, reason, viewer);
		audit.record("scorecard.amend", "scorecard", amendment, Map.of("supersedes", card.id(), "total", card.total()),
				Map.of("total", points.total(), "grade", grade.name(), "reason", reason));
	}

	private void record(Viewer viewer, ScorecardView view, String stage, ScorecardStatus status, Points points,
			String comment, String previousStage) {
		checkFrame(view.rules(), points);
		TextLimits.require(comment, 2_000);
		ScorecardView.Stage previous = view.stages().stream().filter(s -> s.stage().equals(previousStage)).findFirst()
			.orElse(null);
		boolean changed = previous == null || previous.generalPoints().compareTo(points.general()) != 0
				|| previous.resultsPoints().compareTo(points.results()) != 0
				|| previous.bonusPoints().compareTo(points.bonus()) != 0;
		if (changed) {
			TextLimits.requireReason(comment, "scorecard.reasonForChange", 2_000);
		}
		ScorecardView.Card card = view.card();
		stage(card.id(), stage, points, comment, viewer);
		ClassificationGrade grade = EvaluationRuleBook.grade(view.rules(), points.total(), card.disciplined());
		int updated = jdbc.sql("""
				update evaluation.scorecard set status = :status, general_points = :g, results_points = :r,
				    bonus_points = :b, total = :t, grade = :grade where id = :id and status = :from and current""")
			.param("status", status.name()).param("g", points.general()).param("r", points.results())
			.param("b", points.bonus()).param("t", points.total()).param("grade", grade.name())
			.param("id", card.id()).param("from", card.status().name()).update();
		if (updated != 1) {
			throw new vn.congvu.shared.ConflictException("scorecard.changedMeanwhile");
		}
		audit.record("scorecard." + stage.toLowerCase(java.util.Locale.ROOT), "scorecard", card.id(),
				Map.of("total", card.total(), "status", card.status().name()),
				Map.of("total", points.total(), "grade", grade.name(), "status", status.name()));
	}

	private void stage(long id, String stage, Points points, @Nullable String comment, Viewer viewer) {
		jdbc.sql("""
				insert into evaluation.scorecard_stage (scorecard_id, stage, general_points, results_points, bonus_points,
				    comment, actor, at)
				values (:id, :stage, :g, :r, :b, :c, :actor, :at)
				on conflict (scorecard_id, stage) do update set general_points = excluded.general_points,
				    results_points = excluded.results_points, bonus_points = excluded.bonus_points,
				    comment = excluded.comment, actor = excluded.actor, at = excluded.at""")
			.param("id", id).param("stage", stage).param("g", points.general()).param("r", points.results())
			.param("b", points.bonus()).param("c", comment == null || comment.isBlank() ? null : comment.strip())
			.param("actor", viewer.displayName()).param("at", OffsetDateTime.now(clock)).update();
	}

	static void checkFrame(EvaluationRuleSet rules, Points points) {
		if (!EvaluationRuleBook.withinFrame(points.general(), rules.generalPoints())
				|| !EvaluationRuleBook.withinFrame(points.results(), rules.resultsPoints())
				|| !EvaluationRuleBook.withinFrame(points.bonus(), rules.bonusPoints())
				|| points.general().scale() > 2 || points.results().scale() > 2 || points.bonus().scale() > 2) {
			throw new InvalidInputException("scorecard.outsideFrame", plain(rules.generalPoints()),
					plain(rules.resultsPoints()), plain(rules.bonusPoints()));
		}
	}

	private static String plain(BigDecimal points) {
		return points.stripTrailingZeros().toPlainString();
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new NotPermittedException("scorecard.notYours");
		}
	}

	private static String requireReason(@Nullable String reason) {
		return TextLimits.requireReason(reason, "scorecard.reasonRequired", 2_000);
	}
}
