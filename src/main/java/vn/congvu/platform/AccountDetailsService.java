package vn.congvu.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads accounts for sign-in; an account locked by repeated failures from the signing-in client reports itself as
 * locked ({@link LoginThrottle}).
 */
@Component
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;
	private final LoginThrottle throttle;

	AccountDetailsService(JdbcClient jdbc, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("""
				select id, username, display_name, role, scope_unit_id, password_hash
				from platform.account where username = :username and enabled""")
			.param("username", username)
			.query((rs, i) -> {
				Long scope = rs.getObject("scope_unit_id", Long.class);
				return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
						Role.valueOf(rs.getString("role")), scope, rs.getString("password_hash"),
						throttle.lockedForCurrentClient(rs.getString("username")));
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
