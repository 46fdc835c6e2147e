package vn.congvu.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a person signed in by the province's directory (OIDC or LDAP) is in Congvu: the directory names them by an
 * e-mail address or a staff code; that value must name exactly one staff record, and an enabled Congvu account must
 * be linked to it. The account gives the role and the scope, as for a password sign-in: the directory says who the
 * person is, never what they may do here. Anyone else is refused.
 */
@Component
class DirectoryAccounts {

	private final JdbcClient jdbc;
	private final StaffNames staff;

	DirectoryAccounts(JdbcClient jdbc, StaffNames staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	/** The account of the one staff member {@code value} names, if that person has an enabled account. */
	Optional<CurrentUser> linkedTo(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		List<Long> people = staff.byEmailOrCode(value);
		if (people.size() != 1) {
			return Optional.empty();
		}
		List<CurrentUser> accounts = jdbc.sql("""
				select id, username, display_name, role, scope_unit_id from platform.account
				where staff_id = :staff and enabled order by id limit 2""")
			.param("staff", people.get(0))
			.query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					Role.valueOf(rs.getString("role")), rs.getObject("scope_unit_id", Long.class), "", false))
			.list();
		return accounts.size() == 1 ? Optional.of(accounts.get(0)) : Optional.empty();
	}
}
