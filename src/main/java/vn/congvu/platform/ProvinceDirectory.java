package vn.congvu.platform;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The province's own sign-in, beside local accounts: OpenID Connect against its identity provider (authorization
 * code with PKCE; {@code CONGVU_OIDC_ISSUER}, {@code CONGVU_OIDC_CLIENT_ID}, {@code CONGVU_OIDC_CLIENT_SECRET}), and
 * LDAP bind against its directory ({@code CONGVU_LDAP_URL} with the base DN, {@code CONGVU_LDAP_USER_FILTER}). Each
 * names the person by one value (the {@code CONGVU_OIDC_LINK_CLAIM} claim, the {@code CONGVU_LDAP_LINK_ATTRIBUTE}
 * attribute): an e-mail address or a staff code, which {@link DirectoryAccounts} turns into the Congvu account linked
 * to that staff record. The identity provider is asked for its configuration on the first sign-in, not at start-up,
 * so Congvu starts while it is away.
 */
@Component
class ProvinceDirectory implements ClientRegistrationRepository {

	static final String REGISTRATION = "province";

	private final String issuer;
	private final String clientId;
	private final String clientSecret;
	final String linkClaim;
	private final String ldapUrl;
	private final String ldapUserFilter;
	private final String ldapLinkAttribute;
	private final String ldapBindDn;
	private final String ldapBindPassword;
	private final PublicAddress address;
	private volatile @Nullable ClientRegistration registration;

	ProvinceDirectory(@Value("${congvu.sso.oidc-issuer:}") String issuer,
			@Value("${congvu.sso.oidc-client-id:}") String clientId,
			@Value("${congvu.sso.oidc-client-secret:}") String clientSecret,
			@Value("${congvu.sso.oidc-link-claim:email}") String linkClaim,
			@Value("${congvu.sso.ldap-url:}") String ldapUrl,
			@Value("${congvu.sso.ldap-user-filter:(uid={0})}") String ldapUserFilter,
			@Value("${congvu.sso.ldap-link-attribute:mail}") String ldapLinkAttribute,
			@Value("${congvu.sso.ldap-bind-dn:}") String ldapBindDn,
			@Value("${congvu.sso.ldap-bind-password:}") String ldapBindPassword, PublicAddress address) {
		this.issuer = issuer.strip();
		this.clientId = clientId.strip();
		this.clientSecret = clientSecret;
		this.linkClaim = linkClaim.strip();
		this.ldapUrl = ldapUrl.strip();
		this.ldapUserFilter = ldapUserFilter;
		this.ldapLinkAttribute = ldapLinkAttribute.strip();
		this.ldapBindDn = ldapBindDn;
		this.ldapBindPassword = ldapBindPassword;
		this.address = address;
	}

	boolean oidc() {
		return !issuer.isEmpty();
	}

	boolean ldap() {
		return !ldapUrl.isEmpty();
	}

	/** The identity provider's origin, which the sign-out form may lead to (the pages' form-action). */
	Optional<String> issuerOrigin() {
		if (!oidc()) {
			return Optional.empty();
		}
		URI uri = URI.create(issuer);
		return Optional.of(uri.getScheme() + "://" + uri.getAuthority());
	}

	/**
	 * The province's registration, read from the provider's discovery document the first time it is asked for;
	 * {@code null} for any other id. Throws while the provider cannot be reached (asked again next time).
	 */
	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		if (!oidc() || !REGISTRATION.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = registration;
		if (known == null) {
			known = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION).clientId(clientId)
				.clientSecret(clientSecret).scope("openid", "profile", "email")
				// never built from the request's Host: the one public address, as every absolute link
				.redirectUri(address.url("/login/oauth2/code/" + REGISTRATION))
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
				.build();
			registration = known;
		}
		return known;
	}

	/** Where the provider's sign-out ends, if it offers one (RP-initiated logout). */
	Optional<String> endSessionEndpoint() {
		ClientRegistration known = registration;
		Object endpoint = known == null ? null
				: known.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		return Optional.ofNullable(endpoint).map(Object::toString);
	}

	String clientId() {
		return clientId;
	}

	/** A bind against the directory, the account found from the link attribute; empty without a directory. */
	Optional<LdapAuthenticationProvider> ldapProvider(DirectoryAccounts accounts, LoginThrottle throttle) {
		if (!ldap()) {
			return Optional.empty();
		}
		DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(ldapUrl);
		if (!ldapBindDn.isBlank()) {
			source.setUserDn(ldapBindDn);
			source.setPassword(ldapBindPassword);
		}
		source.afterPropertiesSet();
		BindAuthenticator bind = new BindAuthenticator(source);
		FilterBasedLdapUserSearch search = new FilterBasedLdapUserSearch("", ldapUserFilter, source);
		search.setSearchSubtree(true); // people may sit in any branch under the base DN
		bind.setUserSearch(search);
		LdapAuthenticationProvider provider = new LdapAuthenticationProvider(bind);
		provider.setUserDetailsContextMapper(new UserDetailsContextMapper() {
			@Override
			public UserDetails mapUserFromContext(DirContextOperations entry, String username,
					java.util.Collection<? extends GrantedAuthority> authorities) {
				if (throttle.lockedForCurrentClient(username)) {
					throw new LockedException("locked");
				}
				return accounts.linkedTo(entry.getStringAttribute(ldapLinkAttribute))
					.orElseThrow(() -> new NoLinkedAccount());
			}

			@Override
			public void mapUserToContext(UserDetails user, org.springframework.ldap.core.DirContextAdapter context) {
				throw new UnsupportedOperationException("Congvu never writes to the directory");
			}
		});
		return Optional.of(provider);
	}

	/** The directory knows the person, but no Congvu account is linked to their staff record. */
	static final class NoLinkedAccount extends AuthenticationException {

		@java.io.Serial
		private static final long serialVersionUID = 1L;

		NoLinkedAccount() {
			super("no Congvu account is linked to this person");
		}
	}
}
