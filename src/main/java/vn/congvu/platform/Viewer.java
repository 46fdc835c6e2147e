package vn.congvu.platform;

import org.jspecify.annotations.Nullable;

/**
 * Người xem: who is asking, resolved once per request (or given to a job or listener) and passed to every module
 * facade, which decides with it. The scope is a subtree of units, given by its materialised path ({@code "/"} for
 * every unit); a record outside it answers "not found". The named permissions below are the only place that maps
 * roles to actions, so that navigation, controllers and services agree.
 *
 * @param username the account's user name ({@code system} for the application itself)
 * @param displayName the name shown to others
 * @param role what the account may do
 * @param scopeUnitId the root of the scope, {@code null} for every unit
 * @param scopePath the materialised path of the scope's root; every unit in scope has a path starting with it
 * @param staffId the staff member who uses the account, if linked
 * @param isSystem whether this is the application acting on its own (start-up data, event listeners)
 */
public record Viewer(String username, String displayName, Role role, @Nullable Long scopeUnitId, String scopePath,
		@Nullable Long staffId, boolean isSystem) {

	/**
	 * The application itself: every unit, administrator's rights (so every permission below that an administrator
	 * has), audited as {@code system}.
	 */
	public static Viewer system() {
		return new Viewer("system", "Hệ thống", Role.ADMINISTRATOR, null, "/", null, true);
	}

	public boolean is(Role other) {
		return role == other;
	}

	/** Whether a unit with this materialised path lies in the scope. */
	public boolean sees(String unitPath) {
		return unitPath.startsWith(scopePath);
	}

	/** Whether the viewer is the staff member with this id. */
	public boolean isStaff(@Nullable Long id) {
		return staffId != null && staffId.equals(id);
	}

	/** Oversees units rather than belonging to one (administrator, leader, Home Affairs officer, inspector). */
	public boolean oversees() {
		return role.oversees();
	}

	/** Adds, imports and edits staff records, and reads their personal data (birth dates, contacts). */
	public boolean mayManageStaff() {
		return role == Role.ADMINISTRATOR || role == Role.HOME_AFFAIRS_OFFICER;
	}

	/** Hides or shows citizens' comments; a unit head never moderates what citizens say about their unit. */
	public boolean mayModerateComments() {
		return role == Role.ADMINISTRATOR || role == Role.LEADER || role == Role.HOME_AFFAIRS_OFFICER;
	}

	/** Reads satisfaction indices and comments of the scope. */
	public boolean mayReadSatisfaction() {
		return role != Role.STAFF;
	}

	/** Manages the desks of the scope (duty, posters, kiosk tablets). */
	public boolean mayManageDesks() {
		return role == Role.ADMINISTRATOR || role == Role.LEADER || role == Role.HOME_AFFAIRS_OFFICER
				|| role == Role.UNIT_HEAD;
	}

	/**
	 * Writes new versions of the satisfaction survey forms. The forms are the same for every unit, so only the
	 * city's Home Affairs officers and the administrator change them, not a ward's.
	 */
	public boolean mayManageSurveys() {
		boolean citywide = scopeUnitId == null || scopePath.chars().filter(c -> c == '/').count() <= 2;
		return (role == Role.ADMINISTRATOR || role == Role.HOME_AFFAIRS_OFFICER) && citywide;
	}

	/** Reads and handles citizens' harassment reports (only when assigned, or when assigning as a handler). */
	public boolean mayHandleReports() {
		return role.oversees();
	}

	/** Asks for explanations, confirms, dismisses and decides the handling of violations. */
	public boolean mayHandleViolations() {
		return role.oversees();
	}

	/** Opens and handles disciplinary cases. */
	public boolean mayHandleCases() {
		return role.oversees() && role != Role.INSPECTOR;
	}

	/** Plans inspections and sees surprise plans. */
	public boolean mayPlanInspections() {
		return role.oversees();
	}

	/** Sets up inspection teams. */
	public boolean mayManageTeams() {
		return role == Role.ADMINISTRATOR || role == Role.LEADER || role == Role.HOME_AFFAIRS_OFFICER;
	}

	/** Reads the violations dashboard. */
	public boolean mayReadDashboard() {
		return role.oversees();
	}

	/** Reads the disciplinary rule sets. */
	public boolean mayReadDisciplineRules() {
		return role != Role.STAFF;
	}

	/** Follows up codes of conduct: the share per unit and who has not confirmed. */
	public boolean mayFollowUpCodes() {
		return role.oversees() || role == Role.UNIT_HEAD;
	}

	/** Reads corrective actions beyond their own. */
	public boolean mayReadCorrectiveActions() {
		return role != Role.STAFF;
	}

	/** Reads the audit log and manages accounts. */
	public boolean mayAdminister() {
		return role == Role.ADMINISTRATOR;
	}

	/** Assigns tasks to the staff of the scope, accepts their products or sends them back. */
	public boolean mayAssignTasks() {
		return role == Role.ADMINISTRATOR || role == Role.LEADER || role == Role.HOME_AFFAIRS_OFFICER
				|| role == Role.UNIT_HEAD;
	}

	/** Adds evaluation rule sets and closes the months of the scope (computes every scorecard). */
	public boolean mayManageEvaluationRules() {
		return role == Role.ADMINISTRATOR || role == Role.HOME_AFFAIRS_OFFICER;
	}

	/** Approves the scorecards of the units in scope (the head's approval) and answers appeals. */
	public boolean mayApproveScorecards() {
		return role == Role.ADMINISTRATOR || role == Role.LEADER || role == Role.UNIT_HEAD;
	}

	/** Reads every scorecard of the scope, not only their own and their direct reports'. */
	public boolean mayReadUnitScorecards() {
		return role != Role.STAFF && role != Role.INSPECTOR;
	}

	/** Runs the annual emulation round, manages councils and issues commendation decisions for the scope. */
	public boolean mayRunEmulation() {
		return role == Role.ADMINISTRATOR || role == Role.HOME_AFFAIRS_OFFICER;
	}

	/** Proposes people and units of the scope for titles (heads for their unit, officers and leaders for theirs). */
	public boolean mayProposeAwards() {
		return role == Role.ADMINISTRATOR || role == Role.HOME_AFFAIRS_OFFICER || role == Role.LEADER
				|| role == Role.UNIT_HEAD;
	}

	/** Writes PAR Index methodologies, opens the units' self-assessments, appraises them and publishes the results. */
	public boolean mayManageReformIndex() {
		return role == Role.ADMINISTRATOR || role == Role.HOME_AFFAIRS_OFFICER;
	}

	/** Fills in and submits their own unit's PAR Index self-assessment, and gives its one response (the unit head). */
	public boolean mayAssessOwnUnit() {
		return role == Role.UNIT_HEAD;
	}

	/** Sets up the public portal's polls for the units of the scope. */
	public boolean mayEditPortal() {
		return role == Role.ADMINISTRATOR || role == Role.HOME_AFFAIRS_OFFICER;
	}

	/** Writes news articles of the scope's portal sites and sends them for review. */
	public boolean mayWriteNews() {
		return role == Role.EDITOR || mayReviewNews();
	}

	/**
	 * Approves (schedules), returns and unpublishes the scope's articles and edits its sites' pages: the unit's head,
	 * or the city's officers for every site.
	 */
	public boolean mayReviewNews() {
		return role == Role.ADMINISTRATOR || role == Role.LEADER || role == Role.HOME_AFFAIRS_OFFICER
				|| role == Role.UNIT_HEAD;
	}
}
