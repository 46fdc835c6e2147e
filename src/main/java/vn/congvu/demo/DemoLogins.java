package vn.congvu.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.Role;

/**
 * The demo's accounts as they are made, each with its one-time password, for the table printed once at the end of
 * loading. Every flow README describes needs someone who can act in it, so a demo part that sets up a body of people
 * (an emulation council, an appraisal council) gives each member without an account one, linked to their staff
 * record: a council whose members cannot sign in could never decide.
 */
@Component
class DemoLogins {

	private final Accounts accounts;
	private final Map<String, String> passwords = new LinkedHashMap<>();

	DemoLogins(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Creates an account with a random password, remembered for the printed table. */
	void create(String username, String displayName, Role role, long scopeUnitId) {
		String password = Accounts.randomPassword();
		accounts.create(username, displayName, role, scopeUnitId, password);
		passwords.put(username, password);
	}

	/**
	 * The same for a staff member, linked to their record; nothing when they already have an account.
	 *
	 * @return whether an account was created
	 */
	boolean createFor(long staffId, String username, String displayName, Role role, long scopeUnitId) {
		if (accounts.usernameOfStaff(staffId).isPresent()) {
			return false;
		}
		create(username, displayName, role, scopeUnitId);
		accounts.linkStaff(username, staffId);
		return true;
	}

	/** Something else to print once (a kiosk's link). */
	void note(String name, String value) {
		passwords.put(name, value);
	}

	/** The table to print, emptied: the passwords are shown once and not kept. */
	Map<String, String> takeAll() {
		Map<String, String> all = new LinkedHashMap<>(passwords);
		passwords.clear();
		return all;
	}
}
