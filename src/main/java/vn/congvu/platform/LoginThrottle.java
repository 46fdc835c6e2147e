package vn.congvu.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed sign-ins, counted in the database (every app node sees the same counts) per account and client address:
 * five wrong passwords lock the account for {@link #LOCK_TIME}, from that address only, so that a stranger cannot
 * lock a user (the administrator included) out from elsewhere. A client that fails too often across any names
 * ({@code congvu.sign-in-failures-per-client} in {@link #WINDOW}) is refused with 429 before its password is checked.
 * The client address is the connection's, or the one a configured proxy forwarded ({@code CONGVU_TRUSTED_PROXIES}).
 * Counted for the dashboards: {@code congvu_sign_ins_total{outcome}} (signed in, wrong password, refused as locked,
 * refused for the client's many failures) and {@code congvu_lockouts_total} (failures that locked an account).
 */
@Component
@org.springframework.core.annotation.Order(-200) // before the security filters, which take the sign-in post
class LoginThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler,
		AuthenticationSuccessHandler {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK_TIME = Duration.ofMinutes(15);
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int perClient;
	private final Counter signedIn;
	private final Counter wrongPassword;
	private final Counter refusedLocked;
	private final Counter refusedClient;
	private final Counter lockouts;

	LoginThrottle(JdbcClient jdbc, Clock clock,
			@Value("${congvu.sign-in-failures-per-client:30}") int perClient, MeterRegistry metrics) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.perClient = perClient;
		this.signedIn = signIns(metrics, "signed_in");
		this.wrongPassword = signIns(metrics, "wrong_password");
		this.refusedLocked = signIns(metrics, "locked");
		this.refusedClient = signIns(metrics, "client_throttled");
		this.lockouts = Counter.builder("congvu.lockouts").description("Failed sign-ins that locked an account")
			.register(metrics);
	}

	private static Counter signIns(MeterRegistry metrics, String outcome) {
		return Counter.builder("congvu.sign.ins").description("Sign-in attempts with a password, by outcome")
			.tag("outcome", outcome).register(metrics);
	}

	/** The address of the client of the current request, or {@code "-"} outside requests. */
	static String currentClient() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : "-";
	}

	/** Whether the account is locked for the current request's client. */
	boolean lockedForCurrentClient(String username) {
		return jdbc.sql("""
				select exists (select 1 from platform.sign_in_failure
				               where username = :u and client = :c and locked_until > :now)""")
			.param("u", username).param("c", currentClient()).param("now", OffsetDateTime.now(clock))
			.query(Boolean.class).single();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int recent = jdbc.sql("""
				select coalesce(sum(failures), 0) from platform.sign_in_failure
				where client = :c and last_failed_at > :since""")
			.param("c", request.getRemoteAddr()).param("since", OffsetDateTime.now(clock).minus(WINDOW))
			.query(Integer.class).single();
		if (recent >= perClient) {
			refusedClient.increment();
			response.setHeader("Retry-After", String.valueOf(WINDOW.toSeconds()));
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		if (exception instanceof ProvinceDirectory.NoLinkedAccount) { // the directory's password was right
			response.sendRedirect(request.getContextPath() + "/login?unlinked");
			return;
		}
		if (!(exception instanceof LockedException) && username != null && !username.isBlank()) {
			OffsetDateTime now = OffsetDateTime.now(clock);
			if (java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0) { // old counts, now and then
				jdbc.sql("delete from platform.sign_in_failure where last_failed_at < :cutoff and "
						+ "(locked_until is null or locked_until < :now)").param("cutoff", now.minusDays(1))
					.param("now", now).update();
			}
			boolean lockedNow = jdbc.sql("""
					insert into platform.sign_in_failure as f (username, client, failures, locked_until, last_failed_at)
					values (:u, :c, 1, null, :now)
					on conflict (username, client) do update set
					  failures = case when f.last_failed_at > :since then f.failures + 1 else 1 end,
					  locked_until = case when f.last_failed_at > :since and f.failures + 1 >= :max then :until
					                      else f.locked_until end,
					  last_failed_at = :now
					returning coalesce(locked_until = :until, false)""")
				.param("u", username.strip()).param("c", request.getRemoteAddr()).param("now", now)
				.param("since", now.minus(WINDOW)).param("max", MAX_FAILURES).param("until", now.plus(LOCK_TIME))
				.query(Boolean.class).single();
			if (lockedNow) {
				lockouts.increment();
			}
		}
		(exception instanceof LockedException ? refusedLocked : wrongPassword).increment();
		response.sendRedirect(request.getContextPath()
				+ (exception instanceof LockedException ? "/login?locked" : "/login?error"));
	}

	/**
	 * Where a person goes once signed in: back to the page that asked them to sign in (a poll that needs it, a
	 * link from an e-mail), as a path on this site only; otherwise their work ("/").
	 */
	private static String afterSignIn(HttpServletRequest request, HttpServletResponse response) {
		org.springframework.security.web.savedrequest.HttpSessionRequestCache cache =
				new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
		org.springframework.security.web.savedrequest.SavedRequest saved = cache.getRequest(request, response);
		if (saved == null || !"GET".equals(saved.getMethod())
				|| saved.getHeaderValues("Accept").stream().noneMatch(a -> a.contains("text/html"))) {
			return "/"; // only a page a person asked for, never an image or a script the page pulled in
		}
		cache.removeRequest(request, response);
		try {
			java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/error")) {
				return "/";
			}
			String query = uri.getRawQuery() == null ? "" : java.util.Arrays.stream(uri.getRawQuery().split("&"))
				.filter(p -> !p.equals("continue") && !p.startsWith("continue=")) // the framework's own marker
				.collect(java.util.stream.Collectors.joining("&"));
			return path + (query.isEmpty() ? "" : "?" + query);
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		signedIn.increment();
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			jdbc.sql("delete from platform.sign_in_failure where username = :u and client = :c")
				.param("u", user.username()).param("c", request.getRemoteAddr()).update();
			if (jdbc.sql("select password_is_temporary from platform.account where username = :u")
				.param("u", user.username()).query(Boolean.class).optional().orElse(false)) {
				response.sendRedirect(request.getContextPath() + "/account/password?first"); // someone else chose it
				return;
			}
		}
		response.sendRedirect(request.getContextPath() + afterSignIn(request, response));
	}
}
