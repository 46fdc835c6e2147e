package vn.congvu.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Form login, CSRF, security headers with a strict Content-Security-Policy, and the public paths. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The JSON API is public and keeps no session: no cookies, no CSRF token, no saved requests. Kiosks and apps
	 * call it at high rates, so it passes through as few filters as possible.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; "
					+ "frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * Citizens' pages (the portal, the QR survey, the report form, the kiosk screen) keep no server session: nobody
	 * signs in there, and a visitor must not leave a session row behind. Their forms are defended against cross-site
	 * posts by a token the page carries that must match a cookie (double submit): the cookie is HttpOnly and
	 * SameSite=Lax, so another site can neither read it nor send it with a post. A signed-in officer reading these
	 * pages reads them as the public does.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicFilterChain(HttpSecurity http) throws Exception {
		org.springframework.security.web.csrf.CookieCsrfTokenRepository tokens =
				new org.springframework.security.web.csrf.CookieCsrfTokenRepository();
		tokens.setCookieName(PUBLIC_CSRF_COOKIE);
		tokens.setParameterName("_csrf");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true).path("/"));
		http.securityMatcher("/public/**", "/kiosk/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(
					new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
			.csrf(csrf -> csrf.csrfTokenRepository(tokens).csrfTokenRequestHandler(new TamperedTokens()))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/** The cookie that holds the public forms' CSRF token (no session behind it). */
	static final String PUBLIC_CSRF_COOKIE = "CONGVU-FORM";

	@Bean
	@Order(3)
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, ProvinceDirectory directory,
			ProvinceSignIn province, DirectoryAccounts accounts, DaoAuthenticationProvider localAccounts)
			throws Exception {
		// local accounts first, then the province's directory (LDAP bind) when one is configured
		java.util.List<org.springframework.security.authentication.AuthenticationProvider> providers =
				new java.util.ArrayList<>(java.util.List.of(localAccounts));
		directory.ldapProvider(accounts, throttle).ifPresent(providers::add);
		if (directory.oidc()) { // the provider's answer (code for tokens, the ID token checked), then the person
			providers.add(new org.springframework.security.oauth2.client.oidc.authentication
				.OidcAuthorizationCodeAuthenticationProvider(new org.springframework.security.oauth2.client.endpoint
					.RestClientAuthorizationCodeTokenResponseClient(), province.users()));
		}
		http.authenticationManager(new org.springframework.security.authentication.ProviderManager(providers));
		if (directory.oidc()) {
			http.oauth2Login(oidc -> oidc.loginPage("/login").clientRegistrationRepository(directory)
				.userInfoEndpoint(info -> info.oidcUserService(province.users()))
				.successHandler(province.signedIn()).failureHandler(province.failed()));
		}
		String policy = directory.issuerOrigin()
			.map(origin -> CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin))
			.orElse(CONTENT_SECURITY_POLICY);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/login/province", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/favicon-*.svg", "/error",
					"/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**", "/public/**", "/kiosk/**", "/robots.txt", "/sitemap.xml")
			.permitAll()
			.requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
			.anyRequest().authenticated())
			.csrf(csrf -> csrf.csrfTokenRequestHandler(new TamperedTokens()))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(throttle)
				.successHandler(throttle))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(province.signedOut()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * Citizens' ratings skip the security filters altogether: the endpoint is public, keeps no session and sets no
	 * cookie, and at kiosk rates the filters cost a tenth of the throughput (measured by bench/feedback-ingest).
	 * The rate limit still applies; it is a servlet filter of its own.
	 */
	@Bean
	WebSecurityCustomizer ratingsBypassSecurityFilters() {
		return web -> web.ignoring().requestMatchers(HttpMethod.POST, "/api/v1/feedback", "/api/v1/polls/*/votes");
	}

	/** One observation per security filter costs more CPU than the rating it guards; HTTP metrics stay on. */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Sign-in checks the password before the lock, so that "this account is locked" is said only to whoever knows
	 * the password: a stranger trying names gets the same answer for an unknown, a locked or a real account.
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			if (!user.isAccountNonLocked()) {
				throw new LockedException("locked");
			}
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
		return provider;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
