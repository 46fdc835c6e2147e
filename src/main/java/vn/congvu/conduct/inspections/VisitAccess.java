package vn.congvu.conduct.inspections;

/**
 * What the current user may do with one visit.
 *
 * @param conduct a member of the team, while the visit is open: tick items, add findings and actions, draft
 * @param confirm the team leader, who confirms the conclusion
 * @param readAll an officer who oversees (Home Affairs, leader, administrator) or a team member: sees everything
 * @param readConcluded the inspected unit's heads and officers in its scope: see findings, actions and the
 * conclusion once it is confirmed
 * @param readOwn staff of the inspected unit: see only the findings about them and the actions they own, once
 * the conclusion is confirmed
 */
public record VisitAccess(boolean conduct, boolean confirm, boolean readAll, boolean readConcluded, boolean readOwn) {

	public boolean readsFindings() {
		return readAll || readConcluded || readOwn;
	}

	/** Whether the conclusion (its text and PDF) may be read. */
	public boolean readsConclusion() {
		return readAll || readConcluded;
	}
}
