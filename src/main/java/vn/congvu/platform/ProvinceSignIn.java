package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The steps of an OpenID Connect sign-in after the provider has answered: the person must have a linked Congvu
 * account (else back to the sign-in page, which says so); the session then holds that account, as after a password
 * sign-in, with the ID token kept for the sign-out. Signing out of Congvu then ends the provider's session too
 * (RP-initiated logout), coming back to Congvu's sign-in page.
 */
@Component
class ProvinceSignIn {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProvinceSignIn.class);

	static final String NO_ACCOUNT = "congvu_no_linked_account";

	private final ProvinceDirectory directory;
	private final DirectoryAccounts accounts;
	private final LoginThrottle throttle;
	private final PublicAddress address;
	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	ProvinceSignIn(ProvinceDirectory directory, DirectoryAccounts accounts, LoginThrottle throttle,
			PublicAddress address) {
		this.directory = directory;
		this.accounts = accounts;
		this.throttle = throttle;
		this.address = address;
	}

	/** A signed-in account whose identity the province's provider vouched for. */
	static final class DirectoryAuthentication extends AbstractAuthenticationToken {

		@Serial
		private static final long serialVersionUID = 1L;

		private final CurrentUser user;
		private final @Nullable String idToken;

		DirectoryAuthentication(CurrentUser user, @Nullable String idToken) {
			super(user.getAuthorities());
			this.user = user;
			this.idToken = idToken;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public CurrentUser getPrincipal() {
			return user;
		}

		@Nullable String idToken() {
			return idToken;
		}
	}

	/** Loads the person from the provider, and refuses one without a linked account before any session holds them. */
	OAuth2UserService<OidcUserRequest, OidcUser> users() {
		OidcUserService standard = new OidcUserService();
		return request -> {
			OidcUser person = standard.loadUser(request);
			if (linked(person).isEmpty()) {
				throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT), NO_ACCOUNT);
			}
			return person;
		};
	}

	/**
	 * The account of the person the provider vouched for. An e-mail address the provider says it has not verified
	 * names nobody: anyone could have typed it into their profile there.
	 */
	private Optional<CurrentUser> linked(OidcUser person) {
		Object value = person.getClaims().get(directory.linkClaim);
		if (value == null || "email".equals(directory.linkClaim) && Boolean.FALSE.equals(person.getEmailVerified())) {
			return Optional.empty();
		}
		return accounts.linkedTo(value.toString());
	}

	AuthenticationSuccessHandler signedIn() {
		return (request, response, authentication) -> {
			OidcUser person = (OidcUser) authentication.getPrincipal();
			CurrentUser user = linked(person).orElseThrow(); // checked by users() a moment ago
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new DirectoryAuthentication(user, person.getIdToken().getTokenValue()));
			SecurityContextHolder.setContext(context);
			sessions.saveContext(context, request, response);
			throttle.onAuthenticationSuccess(request, response, context.getAuthentication());
		};
	}

	AuthenticationFailureHandler failed() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			boolean unlinked = exception instanceof OAuth2AuthenticationException oauth
					&& NO_ACCOUNT.equals(oauth.getError().getErrorCode());
			if (!unlinked) {
				log.warn("A sign-in through the province's identity provider failed: {}", exception.toString());
			}
			response.sendRedirect(request.getContextPath() + (unlinked ? "/login?unlinked" : "/login?directoryFailed"));
		};
	}

	/** After Congvu's session ends: the provider's too, for a person who signed in there. */
	LogoutSuccessHandler signedOut() {
		return (HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) -> {
			Optional<String> endSession = directory.endSessionEndpoint();
			if (authentication instanceof DirectoryAuthentication signedIn && signedIn.idToken() != null
					&& endSession.isPresent()) {
				response.sendRedirect(UriComponentsBuilder.fromUriString(endSession.get())
					.queryParam("id_token_hint", signedIn.idToken())
					.queryParam("client_id", directory.clientId())
					.queryParam("post_logout_redirect_uri", address.url("/login?logout"))
					.encode().build().toUriString());
				return;
			}
			response.sendRedirect(request.getContextPath() + "/login?logout");
		};
	}
}
