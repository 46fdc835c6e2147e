package vn.congvu.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/**
 * Quản lý tài khoản: an administrator creates accounts (role, scope chosen by unit, the staff record of the person),
 * disables and enables them, unlocks them and resets their password; every user changes their own. A new or reset
 * password is random and shown once to the administrator; nobody ever sees a stored one.
 */
@Service
@Transactional
public class AccountAdministration {

	static final int MIN_PASSWORD = 10;

	/** Roles that belong to one unit: they need a scope. */
	private static final Set<Role> SCOPED = Set.of(Role.UNIT_HEAD, Role.STAFF, Role.EDITOR);
	/** Roles held by one person of the staff records: the account names that person (by staff code). */
	private static final Set<Role> PEOPLE = Set.of(Role.STAFF, Role.UNIT_HEAD);
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final UnitNames units;
	private final StaffNames staff;
	private final AuditLog audit;
	private final Clock clock;

	AccountAdministration(JdbcClient jdbc, Accounts accounts, PasswordEncoder passwords, UnitNames units,
			StaffNames staff, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.units = units;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	public record NewAccount(String username, String displayName, @Nullable Role role, @Nullable Long scopeUnitId,
			String staffCode) {
	}

	/** An account as the administrator sees it: scope and person by name, locked or not. */
	public record AccountView(long id, String username, String displayName, Role role, @Nullable Long scopeUnitId,
			@Nullable String scopeName, @Nullable Long staffId, @Nullable String staffName, boolean enabled,
			boolean locked) {
	}

	@Transactional(readOnly = true)
	public List<AccountView> list(Viewer viewer) {
		NotPermittedException.unless(viewer.mayAdminister());
		OffsetDateTime now = OffsetDateTime.now(clock);
		record Row(long id, String username, String displayName, Role role, @Nullable Long scopeUnitId,
				@Nullable Long staffId, boolean enabled, boolean locked) {
		}
		List<Row> rows = jdbc.sql("""
				select id, username, display_name, role, scope_unit_id, staff_id, enabled,
				       exists (select 1 from platform.sign_in_failure f
				               where f.username = account.username and f.locked_until > :now) as locked
				from platform.account order by username""").param("now", now).query(Rows.as(Row.class)).list();
		// names in two look-ups for the whole list, not two per account
		Map<Long, String> scopes = units.namesOf(rows.stream().map(Row::scopeUnitId)
			.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
		Map<Long, String> people = staff.fullNamesOf(rows.stream().map(Row::staffId)
			.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
		return rows.stream().map(r -> new AccountView(r.id(), r.username(), r.displayName(), r.role(), r.scopeUnitId(),
				r.scopeUnitId() == null ? null : scopes.get(r.scopeUnitId()), r.staffId(),
				r.staffId() == null ? null : people.get(r.staffId()), r.enabled(), r.locked())).toList();
	}

	/** Creates an account; returns its first password, to be given to its user once. */
	public String create(Viewer viewer, NewAccount account) {
		return create(viewer, account, new Problems());
	}

	/**
	 * Creates the account unless it or its form has a problem ({@code problems}: those found before, the values the
	 * form could not read); every problem is refused at once. Returns the one-time password.
	 */
	public String create(Viewer viewer, NewAccount account, Problems problems) {
		NotPermittedException.unless(viewer.mayAdminister());
		String username = account.username() == null ? "" : account.username().strip();
		problems.require(USERNAME.matcher(username).matches(), "username", "account.username.invalid");
		if (problems.require(account.displayName() != null && !account.displayName().isBlank(), "displayName",
				"account.nameRequired")) {
			problems.check("displayName", () -> TextLimits.require(account.displayName(), 200));
		}
		problems.require(account.role() != null, "role", "account.roleRequired");
		if (account.scopeUnitId() != null) {
			problems.require(units.nameOf(account.scopeUnitId()).isPresent(), "scopeUnitId", "account.scopeUnknown");
		}
		else {
			problems.require(account.role() == null || !SCOPED.contains(account.role()), "scopeUnitId",
					"account.scopeRequired");
		}
		StaffNames.Person person = null;
		if (account.staffCode() != null && !account.staffCode().isBlank()) {
			person = problems.check("staffCode", () -> staff.byCode(account.staffCode())
				.orElseThrow(() -> new InvalidInputException("account.staffUnknown", account.staffCode().strip())));
		}
		else {
			boolean isAPerson = account.role() != null && PEOPLE.contains(account.role());
			problems.require(!isAPerson, "staffCode", "account.staffRequired");
		}
		problems.refuseIfAny();
		String password = Accounts.randomPassword();
		accounts.create(username, account.displayName().strip(), account.role(), account.scopeUnitId(), password);
		if (person != null) {
			accounts.linkStaff(username, person.id());
		}
		return password;
	}

	public void setEnabled(Viewer viewer, long id, boolean enabled) {
		String username = own(viewer, id);
		if (!enabled && username.equals(viewer.username())) {
			throw new InvalidInputException("account.notYourself");
		}
		jdbc.sql("update platform.account set enabled = :e where id = :id").param("e", enabled).param("id", id).update();
		if (!enabled) {
			signOutEverywhere(username);
		}
		audit.record(enabled ? "account.enable" : "account.disable", "account", id, null,
				Map.of("username", username, "enabled", enabled));
	}

	public void unlock(Viewer viewer, long id) {
		String username = own(viewer, id);
		jdbc.sql("delete from platform.sign_in_failure where username = :u").param("u", username).update();
		audit.record("account.unlock", "account", id, null, Map.of("username", username));
	}

	/** A password shown once to the administrator, with the account it belongs to. */
	public record OneTimePassword(String username, String password) {
	}

	/** Gives the account a new random password (returned, to be shown once) and unlocks it. */
	public OneTimePassword resetPassword(Viewer viewer, long id) {
		String username = own(viewer, id);
		String password = Accounts.randomPassword();
		setPassword(id, password);
		jdbc.sql("update platform.account set password_is_temporary = true where id = :id").param("id", id).update();
		signOutEverywhere(username);
		audit.record("account.resetPassword", "account", id, null, Map.of("username", username));
		return new OneTimePassword(username, password);
	}

	/** The signed-in user changes their own password, giving the current one. */
	public void changeOwnPassword(Viewer viewer, String current, String next, String repeat) {
		Map<String, Object> row = jdbc.sql("select id, password_hash from platform.account where username = :u")
			.param("u", viewer.username()).query().listOfRows().stream().findFirst()
			.orElseThrow(() -> new RecordNotFoundException("account", viewer.username()));
		if (current == null || !passwords.matches(current, (String) row.get("password_hash"))) {
			throw new InvalidInputException("account.password.currentWrong");
		}
		if (next == null || next.length() < MIN_PASSWORD) {
			throw new InvalidInputException("account.password.tooShort", MIN_PASSWORD);
		}
		TextLimits.require(next, 200);
		PasswordStrength.require(next, viewer.username(), viewer.displayName());
		if (!next.equals(repeat)) {
			throw new InvalidInputException("account.password.mismatch");
		}
		if (next.equals(current)) {
			throw new InvalidInputException("account.password.same");
		}
		long id = ((Number) row.get("id")).longValue();
		setPassword(id, next);
		audit.record("account.changePassword", "account", id, null, Map.of("username", viewer.username()));
	}

	/**
	 * The way back in for a locked-out administrator (a command on the server, never a page): the account
	 * {@code admin} gets {@code chosen} (or a random password, returned), is enabled and unlocked.
	 */
	public String recoverAdministrator(@Nullable String chosen) {
		String password = chosen == null || chosen.isBlank() ? Accounts.randomPassword() : chosen;
		if (password.length() < MIN_PASSWORD) {
			throw new InvalidInputException("account.password.tooShort", MIN_PASSWORD);
		}
		Long id = jdbc.sql("select id from platform.account where username = 'admin'").query(Long.class).optional()
			.orElse(null);
		if (id == null) {
			accounts.create("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, null, password);
			return password;
		}
		jdbc.sql("update platform.account set role = 'ADMINISTRATOR', scope_unit_id = null, enabled = true where id = :id")
			.param("id", id).update();
		setPassword(id, password);
		Map<String, Object> after = new HashMap<>();
		after.put("username", "admin");
		after.put("enabled", true);
		audit.record("account.recover", "account", id, null, after);
		return password;
	}

	private void setPassword(long id, String password) {
		jdbc.sql("""
				update platform.account set password_hash = :h, failed_logins = 0, locked_until = null,
				    password_is_temporary = false
				where id = :id""")
			.param("h", passwords.encode(password)).param("id", id).update();
		jdbc.sql("""
				delete from platform.sign_in_failure
				where username = (select username from platform.account where id = :id)""").param("id", id).update();
	}

	/** Ends the account's open sessions: a disabled account or a reset password takes effect at once. */
	private void signOutEverywhere(String username) {
		jdbc.sql("delete from platform.spring_session where principal_name = :u").param("u", username).update();
	}

	private String own(Viewer viewer, long id) {
		NotPermittedException.unless(viewer.mayAdminister());
		return jdbc.sql("select username from platform.account where id = :id").param("id", id).query(String.class)
			.optional().orElseThrow(() -> new RecordNotFoundException("account", id));
	}
}
