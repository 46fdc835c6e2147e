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

	/**
	 * Whether the viewer holds the permission. A permission that judges people of a unit (approving their
	 * scorecards, accepting their work, proposing them) is held by a role that belongs to a unit only when the account
	 * is linked to its staff member: the rule "nobody judges themselves" compares people, so it cannot be decided for
	 * an account that names nobody.
	 */
	public boolean may(Permission permission) {
		if (!permission.allows(role)) {
			return false;
		}
		return !permission.judgesPeople() || isSystem || role.oversees() || staffId != null;
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
		return may(Permission.MANAGE_STAFF);
	}

	/** Hides or shows citizens' comments; a unit head never moderates what citizens say about their unit. */
	public boolean mayModerateComments() {
		return may(Permission.MODERATE_COMMENTS);
	}

	/** Reads satisfaction indices and comments of the scope. */
	public boolean mayReadSatisfaction() {
		return may(Permission.READ_SATISFACTION);
	}

	/** Assigns harassment reports to handlers. */
	public boolean mayAssignReports() {
		return may(Permission.ASSIGN_REPORTS);
	}

	/** Writes explanations of violations for the people of the unit (the head of the unit). */
	public boolean mayExplainForUnit() {
		return may(Permission.EXPLAIN_FOR_UNIT);
	}

	/** Manages the desks of the scope (duty, posters, kiosk tablets). */
	public boolean mayManageDesks() {
		return may(Permission.MANAGE_DESKS);
	}

	/**
	 * Writes new versions of the satisfaction survey forms. The forms are the same for every unit, so only the
	 * city's Home Affairs officers and the administrator change them, not a ward's.
	 */
	public boolean mayManageSurveys() {
		boolean citywide = scopeUnitId == null || scopePath.chars().filter(c -> c == '/').count() <= 2;
		return may(Permission.MANAGE_SURVEYS) && citywide;
	}

	/** Reads and handles citizens' harassment reports (only when assigned, or when assigning as a handler). */
	public boolean mayHandleReports() {
		return may(Permission.HANDLE_REPORTS);
	}

	/** Asks for explanations, confirms, dismisses and decides the handling of violations. */
	public boolean mayHandleViolations() {
		return may(Permission.HANDLE_VIOLATIONS);
	}

	/** Opens and handles disciplinary cases. */
	public boolean mayHandleCases() {
		return may(Permission.HANDLE_CASES);
	}

	/** Plans inspections and sees surprise plans. */
	public boolean mayPlanInspections() {
		return may(Permission.PLAN_INSPECTIONS);
	}

	/** Sets up inspection teams. */
	public boolean mayManageTeams() {
		return may(Permission.MANAGE_TEAMS);
	}

	/** Reads the violations dashboard. */
	public boolean mayReadDashboard() {
		return may(Permission.READ_DASHBOARD);
	}

	/** Reads the disciplinary rule sets. */
	public boolean mayReadDisciplineRules() {
		return may(Permission.READ_DISCIPLINE_RULES);
	}

	/** Follows up codes of conduct: the share per unit and who has not confirmed. */
	public boolean mayFollowUpCodes() {
		return may(Permission.FOLLOW_UP_CODES);
	}

	/** Reads corrective actions beyond their own. */
	public boolean mayReadCorrectiveActions() {
		return may(Permission.READ_CORRECTIVE_ACTIONS);
	}

	/** Reads the audit log and manages accounts. */
	public boolean mayAdminister() {
		return may(Permission.ADMINISTER);
	}

	/** Assigns tasks to the staff of the scope, accepts their products or sends them back. */
	public boolean mayAssignTasks() {
		return may(Permission.ASSIGN_TASKS);
	}

	/** Adds evaluation rule sets and closes the months of the scope (computes every scorecard). */
	public boolean mayManageEvaluationRules() {
		return may(Permission.MANAGE_EVALUATION_RULES);
	}

	/** Approves the scorecards of the units in scope (the head's approval) and answers appeals. */
	public boolean mayApproveScorecards() {
		return may(Permission.APPROVE_SCORECARDS);
	}

	/** Reads every scorecard of the scope, not only their own and their direct reports'. */
	public boolean mayReadUnitScorecards() {
		return may(Permission.READ_UNIT_SCORECARDS);
	}

	/** Runs the annual emulation round, manages councils and issues commendation decisions for the scope. */
	public boolean mayRunEmulation() {
		return may(Permission.RUN_EMULATION);
	}

	/** Proposes people and units of the scope for titles (heads for their unit, officers and leaders for theirs). */
	public boolean mayProposeAwards() {
		return may(Permission.PROPOSE_AWARDS);
	}

	/** Writes PAR Index methodologies, opens the units' self-assessments, appraises them and publishes the results. */
	public boolean mayManageReformIndex() {
		return may(Permission.MANAGE_REFORM_INDEX);
	}

	/** Fills in and submits their own unit's PAR Index self-assessment, and gives its one response (the unit head). */
	public boolean mayAssessOwnUnit() {
		return may(Permission.ASSESS_OWN_UNIT);
	}

	/** Sets up the public portal's polls for the units of the scope. */
	public boolean mayEditPortal() {
		return may(Permission.EDIT_PORTAL);
	}

	/** Writes news articles of the scope's portal sites and sends them for review. */
	public boolean mayWriteNews() {
		return may(Permission.WRITE_NEWS);
	}

	/**
	 * Approves (schedules), returns and unpublishes the scope's articles and edits its sites' pages: the unit's head,
	 * or the city's officers for every site.
	 */
	public boolean mayReviewNews() {
		return may(Permission.REVIEW_NEWS);
	}
}
