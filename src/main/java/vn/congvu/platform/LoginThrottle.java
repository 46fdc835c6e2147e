package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated failed sign-ins. The count lives in the database, so every app node
 * sees the same count.
 */
@Component
class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK_TIME = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		if (!(exception instanceof LockedException) && username != null) {
			jdbc.sql("""
					update platform.account set failed_logins = failed_logins + 1,
					  locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
					where username = :username""")
				.param("max", MAX_FAILURES)
				.param("until", OffsetDateTime.now(clock).plus(LOCK_TIME))
				.param("username", username).update();
		}
		response.sendRedirect(request.getContextPath()
				+ (exception instanceof LockedException ? "/login?locked" : "/login?error"));
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			jdbc.sql("update platform.account set failed_logins = 0, locked_until = null where id = :id")
				.param("id", user.accountId()).update();
		}
		response.sendRedirect(request.getContextPath() + "/");
	}
}
