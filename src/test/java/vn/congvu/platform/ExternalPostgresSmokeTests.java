package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.Application;

/**
 * Congvu on a separately started PostgreSQL server (the machine's own binaries, a throwaway cluster made by this
 * test), configured the way production is: {@code CONGVU_DB_URL}, {@code CONGVU_DB_USER}, {@code CONGVU_DB_PASSWORD}.
 */
class ExternalPostgresSmokeTests {

	private static final String PASSWORD = "external-secret-1";
	private static Path cluster;
	private static Path binaries;
	private static int port;

	@BeforeAll
	static void startServer() throws Exception {
		binaries = findBinaries();
		cluster = Files.createTempDirectory("congvu-external-pg");
		Path passwordFile = cluster.resolve("pw");
		Files.writeString(passwordFile, PASSWORD);
		Path data = cluster.resolve("data");
		chownToPostgres(cluster);
		run(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "congvu", "--pwfile=" + passwordFile,
				"--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
		port = freePort();
		run(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
				cluster.resolve("server.log").toString(), "-o",
				"-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1", "start");
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (cluster != null) {
			run(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m", "fast", "-w",
					"stop");
			try (Stream<Path> files = Files.walk(cluster)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void runsOnTheConfiguredServerWithoutDemoDataUnlessAskedFor() throws Exception {
		Path dataDir = Files.createTempDirectory("congvu-external-data");
		try (ConfigurableApplicationContext app = start(dataDir, "")) {
			assertThat(dataDir.resolve("postgres")).as("no embedded server was started").doesNotExist();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
				.isEqualTo(String.valueOf(port));
			assertThat(jdbc.sql("select count(*) from orgunit.org_unit").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select username from platform.account").query(String.class).list())
				.containsExactly("admin");
			assertThat(get(app, "/actuator/health")).contains("\"status\":\"UP\"");
		}
		try (ConfigurableApplicationContext app = start(dataDir, "true")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from orgunit.org_unit").query(Long.class).single()).isEqualTo(36);
			assertThat(get(app, "/api/v1/org-units?code=00070&asOf=2025-07-01")).contains("Phường Hoàn Kiếm");
			assertThat(rate(app).statusCode()).isEqualTo(201);

			pgCtl("-m", "fast", "-w", "stop");
			HttpResponse<String> whileDown = rate(app);
			assertThat(whileDown.statusCode()).isEqualTo(503);
			assertThat(whileDown.headers().firstValue("Retry-After")).isPresent();
			assertThat(whileDown.body()).contains("\"status\":503");

			pgCtl("-w", "-l", cluster.resolve("server.log").toString(), "-o",
					"-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1", "start");
			assertThat(rate(app).statusCode()).as("the app recovers by itself once the server is back").isEqualTo(201);
		}
	}

	private static HttpResponse<String> rate(ConfigurableApplicationContext app) throws Exception {
		String appPort = app.getEnvironment().getProperty("local.server.port");
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort
				+ "/api/v1/feedback")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"servicePoint\":\"P00070-1\",\"answers\":{\"ACCESS\":5,"
					+ "\"PROCEDURE\":5,\"OFFICER\":4,\"RESULT\":5,\"FEEDBACK_HANDLING\":4}}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void pgCtl(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), "-D",
				cluster.resolve("data").toString()));
		command.addAll(List.of(arguments));
		run(command.toArray(String[]::new));
	}

	private static ConfigurableApplicationContext start(Path dataDir, String demo) {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--congvu.db-url=jdbc:postgresql://127.0.0.1:" + port + "/postgres", "--congvu.db-user=congvu",
				"--congvu.db-password=" + PASSWORD, "--congvu.data-dir=" + dataDir, "--congvu.demo=" + demo,
				"--congvu.admin-password=external-admin-1");
	}

	private static String get(ConfigurableApplicationContext app, String path) throws Exception {
		String appPort = app.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static Path findBinaries() throws IOException {
		Path root = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(root)) {
			try (Stream<Path> versions = Files.list(root)) {
				var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
					.max(Comparator.naturalOrder());
				if (found.isPresent()) {
					return found.get();
				}
			}
		}
		String message = "The external PostgreSQL smoke test needs PostgreSQL server binaries (apt-get install postgresql)";
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message);
		}
		System.err.println("\n*** SKIPPING: " + message + " ***\n");
		Assumptions.abort(message);
		return root;
	}

	/** PostgreSQL refuses to run as root: when we are root, the cluster belongs to the postgres user. */
	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void chownToPostgres(Path dir) throws Exception {
		if (root()) {
			new ProcessBuilder("chown", "-R", "postgres", dir.toString()).inheritIO().start().waitFor();
		}
	}

	private static void run(String... command) throws Exception {
		List<String> full = new ArrayList<>();
		if (root()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("Failed: " + String.join(" ", full) + "\n" + output);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
