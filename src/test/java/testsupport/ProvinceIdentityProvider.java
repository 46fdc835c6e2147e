package testsupport;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A province's identity provider for the tests: a real OpenID Connect provider (Spring Authorization Server) on its
 * own port in the test's JVM, with its own sign-in form, one registered client (Congvu, confidential, PKCE required)
 * and people whose ID tokens carry an {@code email} claim. Outside {@code vn.congvu}, so the application never scans
 * it.
 */
public final class ProvinceIdentityProvider {

	public static final String CLIENT_ID = "congvu";
	public static final String CLIENT_SECRET = "province-client-secret-1";

	private ProvinceIdentityProvider() {
	}

	/**
	 * Starts the provider on {@code port}; {@code congvuBase} is Congvu's public address (its redirect and
	 * post-logout addresses are registered exactly); {@code people} maps a user name to its password, its e-mail and,
	 * optionally, {@code "unverified"} (the provider says it has not verified that address).
	 */
	public static ConfigurableApplicationContext start(int port, String congvuBase, Map<String, String[]> people) {
		return new SpringApplicationBuilder(Provider.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("people", people))
			// its own settings only: Congvu's application.properties (port, database) is not the provider's
			.run("--spring.config.name=province-idp", "--server.port=" + port, "--spring.main.banner-mode=off",
					"--provider.congvu=" + congvuBase, "--spring.application.name=province-idp");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class })
	static class Provider {

		/** Its own port (only the server's auto-configuration is imported, not the settings that would set it). */
		@Bean
		org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory server(
				org.springframework.core.env.Environment environment) {
			return new org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory(
					environment.getRequiredProperty("server.port", Integer.class));
		}

		@Bean
		@Order(1)
		SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService users(Map<String, String[]> people) {
			InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
			people.forEach((name, passwordAndEmail) -> users.createUser(User.withUsername(name)
				.password("{noop}" + passwordAndEmail[0]).roles("USER").build()));
			return users;
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> emailClaim(Map<String, String[]> people) {
			return context -> {
				String[] person = people.get(context.getPrincipal().getName());
				if (person != null && "id_token".equals(context.getTokenType().getValue())) {
					context.getClaims().claim("email", person[1]);
					context.getClaims().claim("email_verified", person.length < 3 || !"unverified".equals(person[2]));
				}
			};
		}

		@Bean
		RegisteredClientRepository clients(org.springframework.core.env.Environment environment) {
			String congvu = environment.getRequiredProperty("provider.congvu");
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri(congvu + "/login/oauth2/code/province")
				.postLogoutRedirectUri(congvu + "/login?logout")
				.scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		KeyPair signingKey() throws Exception {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}

		/** Reads the access tokens the provider issued (its user-info endpoint). */
		@Bean
		org.springframework.security.oauth2.jwt.JwtDecoder accessTokens(KeyPair pair) {
			return org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic())
				.build();
		}

		@Bean
		JWKSource<SecurityContext> keys(KeyPair pair) {
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString()).build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}
	}
}
