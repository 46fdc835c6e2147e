package vn.congvu.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English on request. Pages follow the user's choice (a cookie set by {@code ?lang=en}),
 * never the browser's language; the API follows {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		return new CongvuLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static final class CongvuLocaleResolver implements LocaleResolver {

		static final String COOKIE = "congvu-lang";
		private static final String CHOSEN = CongvuLocaleResolver.class.getName() + ".chosen";

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				String header = request.getHeader("Accept-Language");
				if (header != null && !header.isBlank()) {
					try {
						Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
						return match != null ? match : VIETNAMESE;
					}
					catch (IllegalArgumentException ex) {
						return VIETNAMESE;
					}
				}
				return VIETNAMESE;
			}
			if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
				return chosen; // chosen in this very request: the cookie only arrives with the next one
			}
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
						return Locale.ENGLISH;
					}
				}
			}
			return VIETNAMESE;
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			if (response == null) {
				return;
			}
			String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
			request.setAttribute(CHOSEN, "en".equals(language) ? Locale.ENGLISH : VIETNAMESE);
			Cookie cookie = new Cookie(COOKIE, language);
			cookie.setPath("/");
			cookie.setHttpOnly(true);
			cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
	}
}
