package vn.congvu.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for sign-in; an account locked by repeated failures reports itself as locked. */
@Component
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountDetailsService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("""
				select id, username, display_name, role, scope_unit_id, password_hash, locked_until
				from platform.account where username = :username and enabled""")
			.param("username", username)
			.query((rs, i) -> {
				OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
				Long scope = rs.getObject("scope_unit_id", Long.class);
				return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
						Role.valueOf(rs.getString("role")), scope, rs.getString("password_hash"),
						lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()));
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
