package vn.congvu.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.MailOut;
import vn.congvu.platform.PublicAddress;
import vn.congvu.platform.Role;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Tài khoản từ danh sách cán bộ: an administrator gives the people of a unit and the units under it their accounts
 * in one step, each linked to their staff record, scoped to the unit they work in, a unit head as its head and
 * everyone else as staff. The first passwords are random; each is mailed to the person when their record has an
 * address and a mail server is configured, and otherwise printed once on the sheet this step returns. Nothing keeps
 * them: the sheet is not stored, and signing in with a first password leads to choosing one's own.
 */
@Service
@Transactional
public class AccountsFromStaff {

	/** At most this many accounts in one step: each password is hashed deliberately slowly. */
	public static final int MAX_AT_ONCE = 600;

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final Accounts accounts;
	private final MailOut mail;
	private final PublicAddress address;
	private final AuditLog audit;
	private final Clock clock;

	AccountsFromStaff(JdbcClient jdbc, OrgUnitQueries units, Accounts accounts, MailOut mail, PublicAddress address,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.accounts = accounts;
		this.mail = mail;
		this.address = address;
		this.audit = audit;
		this.clock = clock;
	}

	/** A person without an account, in a unit of the subtree today. */
	public record Person(long staffId, String staffCode, String fullName, @Nullable String email, long unitId,
			String unitName, String unitPath, @Nullable Leadership leadership) {

		/** A unit head signs in as its head; everyone else as staff (an administrator may change it later). */
		public Role role() {
			return leadership == Leadership.HEAD ? Role.UNIT_HEAD : Role.STAFF;
		}
	}

	/** One account issued: its first password, or {@code null} when it was mailed. */
	public record Issued(String unitName, String fullName, String username, Role role, @Nullable String password,
			@Nullable String mailedTo) {
	}

	/** Who would get an account: heads only, or everyone, in the unit and those under it (in the viewer's scope). */
	@Transactional(readOnly = true)
	public List<Person> candidates(Viewer viewer, long unitId, boolean headsOnly) {
		NotPermittedException.unless(viewer.mayAdminister());
		OrgUnitView root = units.find(viewer, unitId);
		LocalDate today = LocalDate.now(clock);
		List<Person> people = jdbc.sql("""
				select m.id as staff_id, m.staff_code, m.full_name, m.email, u.id as unit_id, u.name as unit_name,
				       u.path as unit_path, a.leadership
				from staff.assignment a
				join staff.staff_member m on m.id = a.staff_id
				join orgunit.published_unit u on u.id = a.unit_id
				where u.path like :path || '%' and a.valid_from <= :today and (a.valid_to is null or a.valid_to > :today)
				  and (not :headsOnly or a.leadership = 'HEAD')
				order by u.path, (a.leadership is distinct from 'HEAD'), (a.leadership is distinct from 'DEPUTY'),
				         m.sort_key""")
			.param("path", root.path()).param("today", today).param("headsOnly", headsOnly)
			.query(Rows.as(Person.class)).list();
		Set<Long> signedUp = accounts.staffWithAccounts(people.stream().map(Person::staffId).toList());
		Set<Long> seen = new HashSet<>();
		return people.stream().filter(p -> !signedUp.contains(p.staffId()) && seen.add(p.staffId())).toList();
	}

	/**
	 * Creates the accounts of {@link #candidates} and returns them with the first passwords not mailed.
	 *
	 * @throws InvalidInputException when nobody is left without an account, or too many at once
	 */
	public List<Issued> issue(Viewer viewer, long unitId, boolean headsOnly) {
		List<Person> people = candidates(viewer, unitId, headsOnly);
		if (people.isEmpty()) {
			throw new InvalidInputException("staffAccounts.nobody");
		}
		if (people.size() > MAX_AT_ONCE) {
			throw new InvalidInputException("staffAccounts.tooMany", people.size(), MAX_AT_ONCE);
		}
		boolean mailing = mail.available();
		List<Issued> issued = new ArrayList<>();
		for (Person person : people) {
			String username = freeUsername(person.staffCode());
			String password = Accounts.randomPassword();
			accounts.createWithFirstPassword(username, person.fullName(), person.role(), person.unitId(),
					person.staffId(), password);
			String mailedTo = mailing && person.email() != null && !person.email().isBlank() ? person.email() : null;
			if (mailedTo != null) {
				mail.sendAfterCommit(mailedTo, "[Congvu] Tài khoản của " + person.fullName(), """
						Chào %s,

						Tài khoản Congvu của bạn đã được tạo.
						Địa chỉ đăng nhập: %s
						Tên đăng nhập: %s
						Mật khẩu lần đầu: %s

						Sau khi đăng nhập, hệ thống sẽ yêu cầu bạn đặt mật khẩu của riêng mình.
						""".formatted(person.fullName(), address.url("/login"), username,
						password));
			}
			issued.add(new Issued(person.unitName(), person.fullName(), username, person.role(),
					mailedTo == null ? password : null, mailedTo));
		}
		audit.record("account.fromStaff", "orgUnit", unitId, null, Map.of("accounts", issued.size(), "headsOnly",
				headsOnly, "mailed", issued.stream().filter(i -> i.mailedTo() != null).count()));
		return issued;
	}

	/** The staff code in lower case (letters and digits), or with a number after it when that is taken. */
	private String freeUsername(String staffCode) {
		String base = staffCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		base = base.isEmpty() ? "canbo" : base.substring(0, Math.min(base.length(), 50));
		String candidate = base;
		for (int n = 2; !accounts.free(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}
}
