package vn.congvu.reformindex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Steps over a whole PAR table, for a province's hundred units: a council member's one ballot screen (each unit still
 * its own choice, each counted as {@link Appraisals#vote} counts it) and the officer's making final every result that
 * may be. A ballot is taken whole or not at all.
 */
@Service
@Transactional
public class TableSteps {

	private final Assessments assessments;
	private final Appraisals appraisals;
	private final AssessmentAccess access;

	TableSteps(Assessments assessments, Appraisals appraisals, AssessmentAccess access) {
		this.assessments = assessments;
		this.appraisals = appraisals;
		this.access = access;
	}

	/** Whether the viewer sits on the table's appraisal council. */
	@Transactional(readOnly = true)
	public boolean onCouncil(Viewer viewer, long methodologyId) {
		return access.isMember(viewer, methodologyId);
	}

	/** A unit on the member's ballot: its totals as submitted and after the officer's adjustments. */
	public record BallotLine(long assessmentId, String unitName, java.math.BigDecimal selfTotal,
			java.math.BigDecimal finalTotal) {
	}

	/** The assessments of the table the viewer may vote on now (a council member, not of the unit, not yet voted). */
	@Transactional(readOnly = true)
	public List<BallotLine> ballot(Viewer viewer, long methodologyId) {
		List<BallotLine> lines = new ArrayList<>();
		for (Assessments.Assessment assessment : assessments.ofMethodology(viewer, methodologyId)) {
			if (assessment.status() != AssessmentStatus.SUBMITTED) {
				continue;
			}
			Assessments.View view = assessments.view(viewer, assessment.id());
			if (view.mayVote()) {
				lines.add(new BallotLine(assessment.id(), assessment.unitName(), view.selfTotal(), view.finalTotal()));
			}
		}
		return lines;
	}

	/**
	 * Casts the member's choices ({@code true} approves) on units of the ballot; a unit left out is not voted on. Any
	 * choice refused (a unit no longer on the ballot) refuses them all.
	 *
	 * @return how many votes were cast
	 */
	public int voteAll(Viewer viewer, long methodologyId, Map<Long, Boolean> choices) {
		if (choices.isEmpty()) {
			throw new InvalidInputException("reform.ballot.empty");
		}
		List<Long> onBallot = ballot(viewer, methodologyId).stream().map(BallotLine::assessmentId).toList();
		for (Map.Entry<Long, Boolean> choice : choices.entrySet()) {
			if (!onBallot.contains(choice.getKey())) {
				throw new InvalidInputException("reform.ballot.notOnBallot");
			}
			appraisals.vote(viewer, choice.getKey(), choice.getValue());
		}
		return choices.size();
	}

	/** How making a table final went: the results made final, and the units still waiting (their response time). */
	public record Finalized(int finalized, List<String> waiting) {
	}

	/** Makes final every result of the table that may be now; the others are named, untouched. */
	public Finalized finalizeAll(Viewer viewer, long methodologyId) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		int finalized = 0;
		List<String> waiting = new ArrayList<>();
		for (Assessments.Assessment assessment : assessments.ofMethodology(viewer, methodologyId)) {
			if (!assessment.status().canBecome(AssessmentStatus.FINAL)) {
				continue;
			}
			if (appraisals.responseUntil(assessment) != null) { // its time to respond has not passed
				waiting.add(assessment.unitName());
				continue;
			}
			appraisals.finalizeResult(viewer, assessment.id());
			finalized++;
		}
		return new Finalized(finalized, waiting);
	}
}
