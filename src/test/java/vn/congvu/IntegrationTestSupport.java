package vn.congvu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congvu.platform.CurrentUser;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.Viewers;

/**
 * Base of the integration tests: one application context on the real embedded PostgreSQL, started once per test JVM
 * in a fresh data directory, with the Hoàn Kiếm demo data loaded.
 */
@Import(TestAccounts.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "congvu.admin-password=" + IntegrationTestSupport.ADMIN_PASSWORD, "congvu.demo=true",
			// a port chosen before the start, so that the public address (and the identity provider's registered
			// redirect) names it; the province's identity provider and directory on ports of their own, started by
			// the tests that sign in through them (vn.congvu.browser.ProvinceSignInBrowserTests)
			"server.port=${congvu.test.port}",
			"congvu.sso.oidc-issuer=http://127.0.0.1:${congvu.test.idp-port}",
			"congvu.sso.oidc-client-id=" + testsupport.ProvinceIdentityProvider.CLIENT_ID,
			"congvu.sso.oidc-client-secret=" + testsupport.ProvinceIdentityProvider.CLIENT_SECRET,
			"congvu.sso.ldap-url=ldap://127.0.0.1:${congvu.test.ldap-port}/dc=hanoi,dc=example",
			"congvu.sso.ldap-link-attribute=employeeNumber",
			"congvu.public-writes-per-minute=1000000",
			"congvu.tracking-lookups-per-minute=1000000", "congvu.metrics-from=127.0.0.1/32,::1/128" })
public abstract class IntegrationTestSupport {

	public static final String ADMIN_PASSWORD = "admin-test-password-1";

	static {
		System.setProperty("congvu.data-dir", freshDataDir().toString());
		for (String port : new String[] { "congvu.test.port", "congvu.test.idp-port", "congvu.test.ldap-port" }) {
			if (System.getProperty(port) == null) {
				System.setProperty(port, String.valueOf(freePort()));
			}
		}
	}

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestAccounts testAccounts;

	@Autowired
	protected Viewers viewers;

	/** The application clock (Vietnam's zone): "today" in a test is today in Hà Nội, whatever the JVM's zone. */
	@Autowired
	protected java.time.Clock clock;

	@Autowired
	protected vn.congvu.orgunit.OrgUnitQueries scopeUnits;

	/** A Home Affairs officer's viewer scoped to the subtree of {@code unitId} (no account behind it). */
	protected Viewer scoped(long unitId) {
		return new Viewer("test-scoped", "Test", Role.HOME_AFFAIRS_OFFICER, unitId, scopeUnits.pathOf(unitId), null,
				false);
	}

	@Autowired
	protected vn.congvu.staff.StaffQueries scopeStaff;

	/**
	 * A unit head's viewer for the subtree of {@code unitId} (no account behind it), as the person who heads the unit
	 * today: a head judges people only when known as a person (nobody approves their own card). When an earlier test
	 * has left the unit without a head, as a person (id -1) who holds no record here.
	 */
	protected Viewer headOf(long unitId) {
		Long person = scopeStaff.headOf(unitId, java.time.LocalDate.now(clock)).orElse(-1L);
		return new Viewer("test-head", "Test", Role.UNIT_HEAD, unitId, scopeUnits.pathOf(unitId), person, false);
	}

	/** A staff member's own viewer (no account behind it), to act as that person. */
	protected static Viewer asStaff(long staffId) {
		return new Viewer("test-staff-" + staffId, "Test", Role.STAFF, null, "/", staffId, false);
	}

	/**
	 * The viewer of the user signed in by {@link #signInAs}: what the pages would pass to the modules; with nobody
	 * signed in, the application itself (as for demo data and event listeners).
	 */
	protected Viewer viewer() {
		return viewers.find().orElseGet(Viewer::system);
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Runs the rest of the test as a signed-in user of the given role and scope (no HTTP involved). */
	protected static void signInAs(Role role, Long scopeUnitId) {
		signInAs("test-" + role.name().toLowerCase(), role, scopeUnitId);
	}

	/** As {@link #signInAs(Role, Long)}, with a given username (an investigator is recognised by it). */
	protected static void signInAs(String username, Role role, Long scopeUnitId) {
		CurrentUser user = new CurrentUser(-1, username, "Test user", role, scopeUnitId, "", false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	protected static void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static Path freshDataDir() {
		try {
			Path root = Path.of("target", "it-data");
			if (Files.exists(root)) {
				try (Stream<Path> old = Files.walk(root)) {
					old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
			return Files.createDirectories(root.resolve(String.valueOf(ProcessHandle.current().pid())));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
