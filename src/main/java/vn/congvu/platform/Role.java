package vn.congvu.platform;

/** Vai trò: what a user may do. The data scope (a subtree of units) says where. */
public enum Role {
	ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR, UNIT_HEAD, STAFF,
	/** Biên tập viên: writes the news and pages of the portal sites of the scope; a reviewer publishes them. */
	EDITOR;

	/**
	 * Whether the role oversees units rather than belonging to one: it handles reports and violations, plans
	 * inspections and sees surprise plans (administrator, leader, Home Affairs officer, inspector).
	 */
	public boolean oversees() {
		return this == ADMINISTRATOR || this == LEADER || this == HOME_AFFAIRS_OFFICER || this == INSPECTOR;
	}

	/** Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}
}
