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

/**
 * Base of the integration tests: one application context on the real embedded PostgreSQL, started once per test JVM
 * in a fresh data directory, with the Hoàn Kiếm demo data loaded.
 */
@Import(TestAccounts.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "congvu.admin-password=" + IntegrationTestSupport.ADMIN_PASSWORD, "congvu.demo=true",
			"congvu.public-writes-per-minute=1000000" })
public abstract class IntegrationTestSupport {

	public static final String ADMIN_PASSWORD = "admin-test-password-1";

	static {
		System.setProperty("congvu.data-dir", freshDataDir().toString());
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestAccounts testAccounts;

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
