package vn.congvu.conduct;

/**
 * What the current user may do with one visit.
 *
 * @param conduct a member of the team, while the visit is open: tick items, add findings and actions, draft
 * @param confirm the team leader, who confirms the conclusion
 * @param readAll an officer who oversees (Home Affairs, leader, administrator) or a team member: sees everything
 * @param readConcluded the inspected unit's people: see findings and actions once the conclusion is confirmed
 */
public record VisitAccess(boolean conduct, boolean confirm, boolean readAll, boolean readConcluded) {

	public boolean readsFindings() {
		return readAll || readConcluded;
	}
}
