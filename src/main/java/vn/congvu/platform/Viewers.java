package vn.congvu.platform;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Resolves the {@link Viewer} of the signed-in account: once per request (kept as a request attribute), or on demand
 * for work that runs as an account outside requests ({@link RunAs}). The staff link and the scope's path are read
 * from the database, so a changed link counts from the next request.
 */
@Component
public class Viewers {

	private static final String ATTRIBUTE = Viewers.class.getName();

	private final JdbcClient jdbc;
	private final ScopePaths paths;

	Viewers(JdbcClient jdbc, ScopePaths paths) {
		this.jdbc = jdbc;
		this.paths = paths;
	}

	/** The viewer of the current request or security context; fails when nobody is signed in. */
	public Viewer current() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

	/** The viewer, if someone is signed in. */
	public Optional<Viewer> find() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer v) {
			return Optional.of(v);
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user)) {
			return Optional.empty();
		}
		Viewer viewer = of(user);
		if (request != null) {
			request.setAttribute(ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
		}
		return Optional.of(viewer);
	}

	/** The viewer for an account as loaded at sign-in. */
	public Viewer of(CurrentUser user) {
		@Nullable Long staffId = jdbc.sql("select staff_id from platform.account where username = :u")
			.param("u", user.username()).query(Long.class).optional().orElse(null);
		return new Viewer(user.username(), user.displayName(), user.role(), user.scopeUnitId(),
				paths.pathOf(user.scopeUnitId()), staffId, false);
	}
}
