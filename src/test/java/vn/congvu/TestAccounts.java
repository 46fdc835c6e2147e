package vn.congvu;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.Role;

/** Creates accounts with known passwords for tests (the demo accounts have random ones). */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "test-password-123";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Accounts accounts;
	private final TransactionTemplate transaction;
	private final vn.congvu.staff.StaffQueries staff;
	private final java.time.Clock clock;

	TestAccounts(Accounts accounts, TransactionTemplate transaction, vn.congvu.staff.StaffQueries staff,
			java.time.Clock clock) {
		this.accounts = accounts;
		this.transaction = transaction;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * A new account with {@link #PASSWORD}; returns its username. A unit head's account is linked, as the accounts
	 * page requires, to the person who heads the unit today, when the unit has one.
	 */
	public String create(Role role, Long scopeUnitId) {
		String username = role.name().toLowerCase() + "-" + SEQUENCE.incrementAndGet();
		transaction.executeWithoutResult(
				status -> accounts.create(username, "Người dùng thử " + username, role, scopeUnitId, PASSWORD));
		if (role == Role.UNIT_HEAD && scopeUnitId != null) {
			staff.headOf(scopeUnitId, java.time.LocalDate.now(clock)).ifPresent(head -> accounts.linkStaff(username, head));
		}
		return username;
	}

	/** As {@link #create(Role, Long)}, for an account used by the given staff member. */
	public String createFor(long staffId, Role role, Long scopeUnitId) {
		String username = create(role, scopeUnitId);
		accounts.linkStaff(username, staffId);
		return username;
	}
}
