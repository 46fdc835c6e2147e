package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.Application;
import vn.congvu.reformindex.IndexPublications;
import vn.congvu.reporting.PdfSignatures;

/**
 * The restore drill a data centre runs: the demo city served by one node (its own process, logging JSON), backed up
 * while it serves, stopped; the archive restored into a new data directory and started there. The restored node has
 * every row of every table, an audit chain that verifies, PAR publications that still reproduce from their
 * snapshots, and signed PDFs that still verify, byte for byte those the first node served. A second restore into the
 * same place is refused.
 */
class BackupRestoreDrillTests {

	private static final String ADMIN_PASSWORD = "drill-admin-password-1";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aBackupTakenWhileServingRestoresIntoANewDataDirectory() throws Exception {
		Path work = Files.createTempDirectory("congvu-drill");
		Path source = work.resolve("source");
		Path restored = work.resolve("restored");
		Path archive = work.resolve("backup.zip");
		int port = freePort();
		Process node = java(work.resolve("source.log"), Map.of("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"),
				"vn.congvu.Application", "--server.port=" + port, "--congvu.data-dir=" + source,
				"--congvu.admin-password=" + ADMIN_PASSWORD);
		byte[] servedPdf;
		String servedSnapshot;
		try {
			waitUntilReady(port, node, work.resolve("source.log"));
			servedPdf = get(port, "/public/reform-index/1/results.pdf").getBytes(StandardCharsets.ISO_8859_1);
			servedSnapshot = get(port, "/public/reform-index/1/snapshot.json");
			Process backup = java(work.resolve("backup.log"), Map.of(), "vn.congvu.Application", "backup",
					"--congvu.data-dir=" + source, archive.toString());
			assertThat(backup.waitFor()).as(Files.readString(work.resolve("backup.log"))).isZero();
		}
		finally {
			node.destroy(); // a graceful stop, as systemd's
			node.waitFor();
		}
		List<String> lines = Files.readAllLines(work.resolve("source.log"));
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> logged = new ArrayList<>();
		for (String line : lines.stream().filter(l -> l.startsWith("{")).toList()) {
			logged.add(json.readTree(line));
		}
		assertThat(logged).as("one setting makes the log JSON (ECS)").hasSizeGreaterThan(10)
			.allSatisfy(entry -> assertThat(entry.has("@timestamp") && entry.has("message")).isTrue());
		assertThat(logged).anySatisfy(entry -> assertThat(entry.get("message").asString()).startsWith("Started Application"));

		BackupManifest manifest;
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			manifest = BackupRestore.manifest(zip);
		}
		assertThat(Files.getPosixFilePermissions(archive)).as("the archive holds the signing keys")
			.containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
					java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
		assertThat(manifest.files()).anySatisfy(file -> assertThat(file.path()).endsWith(".p12"));

		Process restore = java(work.resolve("restore.log"), Map.of(), "vn.congvu.Application", "restore",
				"--congvu.data-dir=" + restored, archive.toString());
		assertThat(restore.waitFor()).as(Files.readString(work.resolve("restore.log"))).isZero();
		Process again = java(work.resolve("again.log"), Map.of(), "vn.congvu.Application", "restore",
				"--congvu.data-dir=" + restored, archive.toString());
		assertThat(again.waitFor()).isEqualTo(1);
		assertThat(Files.readString(work.resolve("again.log"))).contains("Refused").contains("not empty");

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
				"--server.port=0", "--congvu.data-dir=" + restored, "--congvu.admin-password=" + ADMIN_PASSWORD)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			for (BackupManifest.Table table : manifest.tables()) {
				assertThat(jdbc.sql("select count(*) from " + table.qualified()).query(Long.class).single())
					.as(table.qualified()).isEqualTo(table.rows());
			}
			assertThat(manifest.totalRows()).isGreaterThan(10_000);
			assertThat(app.getBean(AuditLog.class).firstBrokenLink()).as("the audit chain verifies").isEmpty();
			IndexPublications publications = app.getBean(IndexPublications.class);
			assertThat(publications.publications()).isNotEmpty().allSatisfy(publication -> assertThat(
					IndexPublications.reproduces(publications.snapshotText(publication.id()), publication.sha256()))
				.as("publication %s reproduces", publication.id()).isTrue());
			assertThat(publications.snapshotText(1)).isEqualTo(servedSnapshot);
			byte[] restoredPdf = publications.resultsDocument(1);
			assertThat(restoredPdf).isEqualTo(servedPdf);
			PdfSignatures.Verification verification = app.getBean(PdfSignatures.class).verify(restoredPdf);
			assertThat(verification.signatures()).singleElement().satisfies(signature -> {
				assertThat(signature.intact()).isTrue();
				assertThat(signature.trusted()).as("chains to the restored demo CA").isTrue();
			});
			assertThat(verification.verdict()).as("as before the backup: the demo CA publishes no revocation data")
				.isEqualTo(PdfSignatures.Verdict.NOT_CHECKABLE);
			assertThat(jdbc.sql("select (select last_value from platform.audit_entry_id_seq) >= max(id) "
					+ "from platform.audit_entry").query(Boolean.class).single()).as("sequences continue after the restored rows").isTrue();
		}
	}

	/** Starts {@code main} of the test's class path in its own JVM, its output (both streams) into {@code log}. */
	private static Process java(Path log, Map<String, String> environment, String main, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-cp", System.getProperty("java.class.path"), main));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().remove("CONGVU_DATA_DIR");
		builder.environment().putAll(environment);
		return builder.start();
	}

	private void waitUntilReady(int port, Process node, Path log) {
		org.awaitility.Awaitility.await("the node accepts traffic").atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofMillis(500)).until(() -> {
				if (!node.isAlive()) {
					throw new AssertionError("The node stopped: " + Files.readString(log));
				}
				try {
					HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
							+ port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
					return health.statusCode() == 200 && health.body().contains("UP");
				}
				catch (IOException stillStarting) {
					return false;
				}
			});
	}

	private String get(int port, String path) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new String(response.body(), path.endsWith(".pdf") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
