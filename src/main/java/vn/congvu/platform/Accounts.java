package vn.congvu.platform;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.shared.InvalidInputException;

/** Tài khoản: creates accounts and lists them. Every write goes to the audit log. */
@Service
public class Accounts {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final AuditLog audit;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** A row of the account list. */
	public record AccountRow(long id, String username, String displayName, Role role, @Nullable Long scopeUnitId,
			boolean enabled) {
	}

	/** Creates an account and returns its id. */
	@Transactional
	public long create(String username, String displayName, Role role, @Nullable Long scopeUnitId, String password) {
		if (password.length() < 10) {
			throw new InvalidInputException("account.password.tooShort", 10);
		}
		if (jdbc.sql("select count(*) from platform.account where username = :u").param("u", username)
			.query(Long.class).single() > 0) {
			throw new InvalidInputException("account.username.taken", username);
		}
		long id = jdbc.sql("""
				insert into platform.account (username, password_hash, display_name, role, scope_unit_id)
				values (:username, :hash, :displayName, :role, :scope) returning id""")
			.param("username", username).param("hash", passwords.encode(password)).param("displayName", displayName)
			.param("role", role.name()).param("scope", scopeUnitId).query(Long.class).single();
		Map<String, Object> after = new HashMap<>();
		after.put("username", username);
		after.put("displayName", displayName);
		after.put("role", role.name());
		after.put("scopeUnitId", scopeUnitId);
		audit.record("account.create", "account", id, null, after);
		return id;
	}

	/**
	 * Creates an account with a first password chosen for the person (generated from the staff list): it is linked to
	 * their staff record, and signing in with that password leads to changing it.
	 */
	@Transactional
	public long createWithFirstPassword(String username, String displayName, Role role, long scopeUnitId,
			long staffId, String password) {
		long id = create(username, displayName, role, scopeUnitId, password);
		jdbc.sql("update platform.account set password_is_temporary = true where id = :id").param("id", id).update();
		linkStaff(username, staffId);
		return id;
	}

	/** Those of the staff members who already sign in with an account. */
	public java.util.Set<Long> staffWithAccounts(java.util.Collection<Long> staffIds) {
		if (staffIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("""
				select staff_id from platform.account where staff_id = any(:ids::bigint[])""")
			.param("ids", staffIds.toArray(Long[]::new)).query(Long.class).list());
	}

	/**
	 * Scopes the accounts scoped to a unit that ended in a reorganisation to its heir (audited per account), and ends
	 * their open sessions, which hold the old scope.
	 *
	 * @return how many accounts
	 */
	@Transactional
	public int rescope(long endedUnitId, long heirUnitId) {
		List<Long> ids = jdbc.sql("select id from platform.account where scope_unit_id = :u order by id")
			.param("u", endedUnitId).query(Long.class).list();
		for (long id : ids) {
			jdbc.sql("update platform.account set scope_unit_id = :heir where id = :id").param("heir", heirUnitId)
				.param("id", id).update();
			// a signed-in session holds the scope it began with: it ends, and the next sign-in sees the heir
			jdbc.sql("""
					delete from platform.spring_session
					where principal_name = (select username from platform.account where id = :id)""")
				.param("id", id).update();
			audit.record("account.rescope", "account", id, Map.of("scopeUnitId", endedUnitId),
					Map.of("scopeUnitId", heirUnitId));
		}
		return ids.size();
	}

	/** How many accounts are scoped to a unit. */
	public long scopedTo(long unitId) {
		return jdbc.sql("select count(*) from platform.account where scope_unit_id = :u").param("u", unitId)
			.query(Long.class).single();
	}

	/** Whether a user name is free. */
	public boolean free(String username) {
		return jdbc.sql("select not exists (select 1 from platform.account where username = :u)").param("u", username)
			.query(Boolean.class).single();
	}

	/** An account by username, if it exists and is enabled. */
	public java.util.Optional<AccountRow> find(String username) {
		return jdbc.sql("select id, username, display_name, role, scope_unit_id, enabled from platform.account "
				+ "where username = :u and enabled").param("u", username).query(Rows.as(AccountRow.class)).optional();
	}

	/** The staff member an account belongs to, if any. */
	public java.util.Optional<Long> staffIdOf(String username) {
		return jdbc.sql("select staff_id from platform.account where username = :u and staff_id is not null")
			.param("u", username).query(Long.class).optional();
	}

	/** The account a staff member signs in with, if any. */
	public java.util.Optional<String> usernameOfStaff(long staffId) {
		return jdbc.sql("select username from platform.account where staff_id = :s order by id limit 1")
			.param("s", staffId).query(String.class).optional();
	}

	/** Links an account to the staff member who uses it. */
	@Transactional
	public void linkStaff(String username, long staffId) {
		jdbc.sql("update platform.account set staff_id = :staff where username = :u").param("staff", staffId)
			.param("u", username).update();
		audit.record("account.linkStaff", "account", username, null, Map.of("staffId", staffId));
	}

	/** Display names by user name, for the names among {@code usernames} that are accounts (one query). */
	public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		if (!usernames.isEmpty()) {
			jdbc.sql("select username, display_name from platform.account where username in (:names)")
				.param("names", usernames)
				.query((rs, n) -> names.put(rs.getString("username"), rs.getString("display_name"))).list();
		}
		return names;
	}

	public boolean any() {
		return jdbc.sql("select exists (select 1 from platform.account)").query(Boolean.class).single();
	}

	public List<AccountRow> list() {
		return jdbc.sql("""
				select id, username, display_name, role, scope_unit_id, enabled
				from platform.account order by username""").query(Rows.as(AccountRow.class)).list();
	}

	/** A random password of 14 letters and digits, without look-alike characters. */
	public static String randomPassword() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
