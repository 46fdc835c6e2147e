package vn.congvu.platform;

/** Vai trò: what a user may do. The data scope (a subtree of units) says where. */
public enum Role {
	ADMINISTRATOR, LEADER, HOME_AFFAIRS_OFFICER, INSPECTOR, UNIT_HEAD, STAFF;

	/** Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}
}
