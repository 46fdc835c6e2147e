package vn.congvu.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the page caches (a public article, the QR survey) ask of a request before serving it from memory: a plain GET
 * by an anonymous visitor (no parameters, no session, no credentials) to a path of theirs, and the page's language.
 */
public final class AnonymousPages {

	private AnonymousPages() {
	}

	/** The match of {@code path} against the request's path when it may be served from memory, else null. */
	public static @Nullable Matcher cacheable(HttpServletRequest request, Pattern path) {
		if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader("Authorization") != null || cookie(request, "SESSION") != null) {
			return null;
		}
		Matcher matcher = path.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return matcher.matches() ? matcher : null;
	}

	/** Whether the visitor chose English (the language cookie); pages are Vietnamese otherwise. */
	public static boolean english(HttpServletRequest request) {
		return "en".equals(cookie(request, LanguageConfiguration.CongvuLocaleResolver.COOKIE));
	}

	/** The value of the request's cookie {@code name}, or null. */
	public static @Nullable String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}
}
