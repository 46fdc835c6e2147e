package vn.congvu.platform;

import static vn.congvu.platform.Role.ADMINISTRATOR;
import static vn.congvu.platform.Role.EDITOR;
import static vn.congvu.platform.Role.HOME_AFFAIRS_OFFICER;
import static vn.congvu.platform.Role.INSPECTOR;
import static vn.congvu.platform.Role.LEADER;
import static vn.congvu.platform.Role.UNIT_HEAD;

import java.util.EnumSet;
import java.util.Set;

/**
 * Quyền: what a role may do, each permission naming the roles it allows. Rights default to "no": a role that is
 * not named has no permission, so a new role gets nothing until it is added here (and to the table the tests hold
 * this enum to, {@code permissions.csv}). {@link Viewer} adds the conditions that depend on the account (its scope,
 * its link to a staff member).
 */
public enum Permission {
	/** Adds, imports and edits staff records, and reads their personal data. */
	MANAGE_STAFF(ADMINISTRATOR, HOME_AFFAIRS_OFFICER),
	/** Hides or shows citizens' comments; a unit head never moderates what citizens say about their unit. */
	MODERATE_COMMENTS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER),
	/** Reads satisfaction indices and comments of the scope, officers' figures included. */
	READ_SATISFACTION(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR, UNIT_HEAD),
	/** Manages the desks of the scope (duty, posters, kiosk tablets). */
	MANAGE_DESKS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, UNIT_HEAD),
	/** Writes new versions of the survey forms (the city's officers only: see {@link Viewer#mayManageSurveys()}). */
	MANAGE_SURVEYS(ADMINISTRATOR, HOME_AFFAIRS_OFFICER),
	/** Reads and handles citizens' harassment reports (when assigned, or when assigning). */
	HANDLE_REPORTS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR),
	/** Investigates a harassment report assigned to them, and so learns the reporter's identity. */
	INVESTIGATE_REPORTS(LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR),
	/** Assigns a harassment report to a handler (never to themselves). */
	ASSIGN_REPORTS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER),
	/** Asks for explanations, confirms, dismisses and decides the handling of violations. */
	HANDLE_VIOLATIONS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR),
	/** Writes the explanation of a violation for a person of their unit (the person concerned always may). */
	EXPLAIN_FOR_UNIT(UNIT_HEAD),
	/** Opens and handles disciplinary cases. */
	HANDLE_CASES(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER),
	/** Plans inspections and sees surprise plans. */
	PLAN_INSPECTIONS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR),
	/** Reads the conclusions of concluded inspections of the scope (others read only what concerns them). */
	READ_INSPECTION_CONCLUSIONS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR, UNIT_HEAD),
	/** Sets up inspection teams. */
	MANAGE_TEAMS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER),
	/** Reads the violations dashboard. */
	READ_DASHBOARD(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR),
	/** Reads the disciplinary rule sets. */
	READ_DISCIPLINE_RULES(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR, UNIT_HEAD),
	/** Follows up codes of conduct: the share per unit and who has not confirmed. */
	FOLLOW_UP_CODES(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR, UNIT_HEAD),
	/** Reads corrective actions beyond their own. */
	READ_CORRECTIVE_ACTIONS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR, UNIT_HEAD),
	/** Reads the audit log and manages accounts. */
	ADMINISTER(ADMINISTRATOR),
	/** Assigns tasks to the staff of the scope, accepts their products or sends them back. */
	ASSIGN_TASKS(true, ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, UNIT_HEAD),
	/** Adds evaluation rule sets and closes the months of the scope. */
	MANAGE_EVALUATION_RULES(ADMINISTRATOR, HOME_AFFAIRS_OFFICER),
	/** Approves the scorecards of the units in scope (the head's approval) and answers appeals. */
	APPROVE_SCORECARDS(true, ADMINISTRATOR, LEADER, UNIT_HEAD),
	/** Reads every scorecard of the scope, not only their own and their direct reports'. */
	READ_UNIT_SCORECARDS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, UNIT_HEAD),
	/** Runs the annual emulation round, manages councils and issues commendation decisions for the scope. */
	RUN_EMULATION(ADMINISTRATOR, HOME_AFFAIRS_OFFICER),
	/** Proposes people and units of the scope for titles. */
	PROPOSE_AWARDS(true, ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, UNIT_HEAD),
	/** Writes PAR Index methodologies, opens self-assessments, appraises them and publishes the results. */
	MANAGE_REFORM_INDEX(ADMINISTRATOR, HOME_AFFAIRS_OFFICER),
	/** Fills in and submits their own unit's PAR Index self-assessment and gives its one response. */
	ASSESS_OWN_UNIT(UNIT_HEAD),
	/** Sets up the public portal's polls for the units of the scope. */
	EDIT_PORTAL(ADMINISTRATOR, HOME_AFFAIRS_OFFICER),
	/** Writes news articles of the scope's portal sites and sends them for review. */
	WRITE_NEWS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, UNIT_HEAD, EDITOR),
	/** Approves, returns and unpublishes the scope's articles and edits its sites' pages. */
	REVIEW_NEWS(ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, UNIT_HEAD);

	private final Set<Role> allowed;
	private final boolean judgesPeople;

	Permission(Role first, Role... others) {
		this(false, first, others);
	}

	Permission(boolean judgesPeople, Role first, Role... others) {
		this.allowed = java.util.Collections.unmodifiableSet(EnumSet.of(first, others));
		this.judgesPeople = judgesPeople;
	}

	/**
	 * Whether the permission decides about people of a unit (their scorecards, their work, their awards), so that
	 * a holder who belongs to a unit must be known as a person: see {@link Viewer#may(Permission)}.
	 */
	public boolean judgesPeople() {
		return judgesPeople;
	}

	/** Whether the role is named by this permission. */
	public boolean allows(Role role) {
		return allowed.contains(role);
	}

	/** The roles this permission names. */
	public Set<Role> roles() {
		return allowed;
	}
}
