package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.AssessmentAccess.Role;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseDates;

/**
 * The appraisal of a submitted assessment, step by step: an officer of the scope adjusts lines with a justification;
 * the council votes in secret and is counted when every member who may vote has voted (more than half approving
 * appraises it); the unit responds once; the officer makes the result final after the response or once the time to
 * respond has passed. Each step checks the assessment's {@link AssessmentStatus}.
 */
@Service
@Transactional
public class Appraisals {

	private final JdbcClient jdbc;
	private final Assessments assessments;
	private final AssessmentAccess access;
	private final AppraisalBallot ballot;
	private final AuditLog audit;
	private final Clock clock;

	Appraisals(JdbcClient jdbc, Assessments assessments, AssessmentAccess access, AppraisalBallot ballot, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.access = access;
		this.ballot = ballot;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the officer typed for one line: the appraised points and the justification. */
	public record Adjustment(@Nullable BigDecimal points, @Nullable String justification) {
	}

	/** Saves the adjustments that change something, all or none. */
	public int appraiseAll(Viewer viewer, long id, Map<Long, Adjustment> adjustments) {
		Assessments.Assessment assessment = appraisable(viewer, id);
		Assessments.View view = assessments.view(viewer, id);
		Map<Long, Item> leaves = new java.util.HashMap<>();
		IndexResults.leaves(view.items()).forEach(i -> leaves.put(i.id(), i));
		int changed = 0;
		for (Map.Entry<Long, Adjustment> entry : adjustments.entrySet()) {
			Assessments.Line line = view.lines().get(entry.getKey());
			Adjustment adjustment = entry.getValue();
			if (line == null || adjustment.points() == null
					|| (line.finalPoints() != null && adjustment.points().compareTo(line.finalPoints()) == 0)) {
				continue;
			}
			appraise(viewer, assessment, AssessmentAccess.leaf(leaves, entry.getKey()), adjustment.points(), adjustment.justification());
			changed++;
		}
		return changed;
	}

	/** An officer adjusts a sub-criterion's points; a change from the unit's points needs a justification. */
	public void appraise(Viewer viewer, long id, long itemId, @Nullable BigDecimal points,
			@Nullable String justification) {
		Assessments.Assessment assessment = appraisable(viewer, id);
		appraise(viewer, assessment, AssessmentAccess.leaf(access.leaves(assessment), itemId), points, justification);
	}

	private Assessments.Assessment appraisable(Viewer viewer, long id) {
		Assessments.Assessment assessment = access.as(viewer, id, Role.OFFICER);
		if (!assessment.status().appraisable()) {
			throw new InvalidInputException("reform.appraisal.notNow");
		}
		return assessment;
	}

	private void appraise(Viewer viewer, Assessments.Assessment assessment, Item item, @Nullable BigDecimal points,
			@Nullable String justification) {
		long id = assessment.id();
		long itemId = item.id();
		AssessmentAccess.inRange(item, points);
		String why = TextLimits.requireReason(justification, "reform.appraisal.justification", 2_000);
		jdbc.sql("""
				update reformindex.score set appraised_points = :p, justification = :j, appraised_by = :by
				where assessment_id = :a and item_id = :i""").param("p", points).param("j", why)
			.param("by", viewer.displayName()).param("a", id).param("i", itemId).update();
		if (assessment.status() == AssessmentStatus.SUBMITTED) { // votes were on the appraisal as it stood
			ballot.reset(id);
		}
		audit.record("reform.appraisal.adjust", "reform_assessment", id, null,
				Map.of("item", item.code(), "points", points, "justification", why));
	}

	/**
	 * A council member approves or rejects the appraisal, once; a member of the assessed unit does not vote. The
	 * ballot is counted when every member who may vote has voted, never before (an outcome that changed at a given vote
	 * would tell that vote): more than half approving makes it appraised, otherwise it goes back to the officer and the
	 * votes start again.
	 */
	public void vote(Viewer viewer, long id, boolean approve) {
		Assessments.Assessment assessment = access.as(viewer, id, Role.MEMBER);
		if (assessment.status() != AssessmentStatus.SUBMITTED) {
			throw new InvalidInputException("reform.vote.closed");
		}
		List<Long> eligible = access.eligible(assessment);
		if (!eligible.contains(viewer.staffId())) {
			throw new InvalidInputException("reform.vote.recused");
		}
		AppraisalBallot.Tally tally = ballot.cast(id, viewer.staffId(), approve);
		if (tally == null) {
			throw new InvalidInputException("reform.vote.twice");
		}
		audit.record("reform.appraisal.vote", "reform_assessment", id, null, Map.of()); // that they voted, not how
		int members = eligible.size();
		long yes = tally.approvals();
		long no = tally.rejections();
		if (yes + no < members) {
			return; // counted when everyone who may vote has voted
		}
		if (yes * 2 > members) {
			jdbc.sql("update reformindex.assessment set status = 'APPRAISED', appraised_at = :at where id = :a")
				.param("at", OffsetDateTime.now(clock)).param("a", id).update();
			audit.record("reform.appraisal.approved", "reform_assessment", id, Map.of("status", "SUBMITTED"),
					Map.of("status", "APPRAISED", "approvals", yes, "members", members));
		}
		else {
			ballot.reset(id);
			audit.record("reform.appraisal.rejected", "reform_assessment", id, null,
					Map.of("rejections", no, "members", members));
		}
	}

	/** The unit's one response to the appraisal. */
	public void respond(Viewer viewer, long id, String response) {
		Assessments.Assessment assessment = access.as(viewer, id, Role.UNIT);
		if (!assessment.status().canBecome(AssessmentStatus.RESPONDED)) {
			throw new InvalidInputException("reform.response.notNow");
		}
		String text = TextLimits.requireReason(response, "reform.response.required", 8_000);
		jdbc.sql("""
				update reformindex.assessment set status = 'RESPONDED', response = :r, responded_at = :at
				where id = :a and status = 'APPRAISED'""").param("r", text).param("at", OffsetDateTime.now(clock))
			.param("a", id).update();
		audit.record("reform.response", "reform_assessment", id, Map.of("status", "APPRAISED"),
				Map.of("status", "RESPONDED"));
	}

	/**
	 * The officer makes the result final: after the unit's response, or once the unit's time to respond has passed
	 * ({@link AppraisalBallot#RESPONSE_DAYS} from the appraisal).
	 */
	public void finalizeResult(Viewer viewer, long id) {
		Assessments.Assessment assessment = access.as(viewer, id, Role.OFFICER);
		if (!assessment.status().canBecome(AssessmentStatus.FINAL)) {
			throw new InvalidInputException("reform.final.notNow");
		}
		LocalDate until = responseUntil(assessment);
		if (until != null) {
			throw new InvalidInputException("reform.final.awaitingResponse", VietnameseDates.format(until));
		}
		jdbc.sql("update reformindex.assessment set status = 'FINAL', finalized_at = :at where id = :a")
			.param("at", OffsetDateTime.now(clock)).param("a", id).update();
		audit.record("reform.final", "reform_assessment", id, Map.of("status", assessment.status().name()),
				Map.of("status", "FINAL"));
	}

	/**
	 * The last day the unit may still respond, when the result waits for it (appraised, no response yet, its time
	 * not passed); {@code null} when nothing waits.
	 */
	@Nullable LocalDate responseUntil(Assessments.Assessment assessment) {
		if (assessment.status() != AssessmentStatus.APPRAISED) {
			return null;
		}
		OffsetDateTime appraised = jdbc.sql("select appraised_at from reformindex.assessment where id = :a")
			.param("a", assessment.id()).query(OffsetDateTime.class).optional().orElse(null);
		LocalDate until = appraised == null ? null
				: appraised.atZoneSameInstant(clock.getZone()).toLocalDate().plusDays(AppraisalBallot.RESPONSE_DAYS);
		return until != null && !LocalDate.now(clock).isAfter(until) ? until : null;
	}
}
