package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Each form the pages render carries a one-time token ({@code _once}, beside the CSRF token); a post whose token was
 * seen already (a double click, a browser retry) is not carried out again but answered with the page it came from.
 * Posts without a token (the API, scripts) are unaffected.
 */
@Configuration(proxyBeanMethods = false)
class OnceOnlyForms implements WebMvcConfigurer {

	static final String FIELD = "_once";

	private final JdbcClient jdbc;
	private final Clock clock;

	OnceOnlyForms(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds the token to every form that gets a CSRF token (every form that posts). */
	@Bean
	static BeanPostProcessor onceOnlyFormFields() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof RequestDataValueProcessor processor && name.equals("requestDataValueProcessor")
						? new WithToken(processor) : bean;
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				// htmx posts (a checklist's autosave) send the same form again by design: drafts, not new records
				if (!"POST".equals(request.getMethod()) || request.getHeader("HX-Request") != null
						|| carriesItsOwnKey(handler, request) || firstTime(request)) {
					return true;
				}
				response.sendRedirect(sameOrigin(request, request.getHeader("Referer")));
				return false;
			}
		});
	}

	/**
	 * Where a replayed form goes back to: the page it came from when that page is of this very origin (scheme, host
	 * and port compared exactly, not by prefix, so {@code localhost.attacker.invalid} is not ours), as a path on
	 * this site; the home page otherwise.
	 */
	static String sameOrigin(HttpServletRequest request, @org.jspecify.annotations.Nullable String referer) {
		String home = request.getContextPath() + "/";
		if (referer == null) {
			return home;
		}
		try {
			java.net.URI from = java.net.URI.create(referer);
			boolean same = request.getScheme().equalsIgnoreCase(from.getScheme())
					&& request.getServerName().equalsIgnoreCase(from.getHost())
					&& request.getServerPort() == (from.getPort() != -1 ? from.getPort()
							: "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80);
			String path = from.getRawPath();
			if (!same || path == null || !path.startsWith("/") || path.startsWith("//")) {
				return home;
			}
			return path + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
		}
		catch (IllegalArgumentException ex) {
			return home;
		}
	}

	/** A post to a handler marked {@link CarriesItsOwnKey} that does carry its key. */
	private static boolean carriesItsOwnKey(Object handler, HttpServletRequest request) {
		CarriesItsOwnKey marked = handler instanceof org.springframework.web.method.HandlerMethod method
				? method.getMethodAnnotation(CarriesItsOwnKey.class) : null;
		return marked != null && request.getParameter(marked.value()) != null;
	}

	private boolean firstTime(HttpServletRequest request) {
		String value = request.getParameter(FIELD);
		UUID token;
		try {
			token = value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return true; // not one of ours: the form's own checks answer
		}
		if (token == null) {
			return true;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (ThreadLocalRandom.current().nextInt(100) == 0) {
			jdbc.sql("delete from platform.form_submission where at < :cutoff").param("cutoff", now.minusDays(1))
				.update();
		}
		return jdbc.sql("""
				insert into platform.form_submission (token, account, at) values (:token, :account, :at)
				on conflict do nothing""")
			.param("token", token).param("account", CurrentUser.actorName()).param("at", now).update() == 1;
	}

	/** The CSRF processor, with the one-time token added beside the CSRF field. */
	private record WithToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, @Nullable String name, String value,
				String type) {
			return delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public @Nullable Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = delegate.getExtraHiddenFields(request);
			if (fields == null || fields.isEmpty()) {
				return fields;
			}
			Map<String, String> withToken = new HashMap<>(fields);
			withToken.put(FIELD, UUID.randomUUID().toString());
			return withToken;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return delegate.processUrl(request, url);
		}
	}
}
