package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
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

	private static final String PASSWORD = ThrowawayPostgres.PASSWORD;
	private static ThrowawayPostgres server;
	private static int port;

	@BeforeAll
	static void startServer() throws Exception {
		server = ThrowawayPostgres.primary("The external PostgreSQL smoke test");
		port = server.port;
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
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

			server.stop();
			HttpResponse<String> whileDown = rate(app);
			assertThat(whileDown.statusCode()).isEqualTo(503);
			assertThat(whileDown.headers().firstValue("Retry-After")).isPresent();
			assertThat(whileDown.body()).contains("\"status\":503");

			server.start();
			assertThat(rate(app).statusCode()).as("the app recovers by itself once the server is back").isEqualTo(201);
		}
		backupAndRestoreBetweenDatabasesOfTheServer(dataDir);
	}

	/** The demo just loaded, backed up from this database and restored into a new one of the same server. */
	private static void backupAndRestoreBetweenDatabasesOfTheServer(Path dataDir) throws Exception {
		Path archive = dataDir.resolve("external.zip");
		assertThat(BackupCommand.run(new String[] { "backup", archive.toString(), "--congvu.db-url=" + url("postgres"),
			"--congvu.db-user=congvu", "--congvu.db-password=" + PASSWORD, "--congvu.data-dir=" + dataDir })).isZero();
		try (Connection db = DriverManager.getConnection(url("postgres"), "congvu", PASSWORD);
				Statement sql = db.createStatement()) {
			sql.execute("create database restored");
		}
		Path restoredDir = Files.createTempDirectory("congvu-external-restored");
		String[] restore = { "restore", archive.toString(), "--congvu.db-url=" + url("restored"),
			"--congvu.db-user=congvu", "--congvu.db-password=" + PASSWORD, "--congvu.data-dir=" + restoredDir };
		assertThat(BackupCommand.run(restore)).isZero();
		assertThat(BackupCommand.run(restore)).as("a database with tables is refused").isEqualTo(1);
		BackupManifest manifest;
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile())) {
			manifest = BackupRestore.manifest(zip);
		}
		try (Connection source = DriverManager.getConnection(url("postgres"), "congvu", PASSWORD);
				Connection restored = DriverManager.getConnection(url("restored"), "congvu", PASSWORD)) {
			for (BackupManifest.Table table : manifest.tables()) {
				assertThat(count(restored, table.qualified())).as(table.qualified()).isEqualTo(table.rows())
					.isEqualTo(count(source, table.qualified()));
			}
		}
		assertThat(manifest.totalRows()).isGreaterThan(10_000);
	}

	private static String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	private static long count(Connection db, String table) throws Exception {
		try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getLong(1);
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
}
