package vn.congvu.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 server used when no external database is configured. Its data directory survives
 * restarts; a postmaster left behind by a killed JVM is stopped before a new one starts.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabase start(Path dataDir) {
		Path pgData = dataDir.toAbsolutePath().resolve("postgres");
		try {
			Files.createDirectories(pgData);
			stopStalePostmaster(pgData);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setPort(freePort())
				.setPGStartupWait(Duration.ofSeconds(60))
				// zonky turns durability off for tests; an acknowledged write must survive a crash here.
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100")
				.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), pgData);
			return new EmbeddedDatabase(postgres);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + pgData, ex);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

	/** A JVM killed with -9 leaves its postmaster running and holding the data directory: stop it first. */
	static void stopStalePostmaster(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
		ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(stale -> {
			log.warn("Stopping a PostgreSQL server (pid {}) left running by an earlier start", pid);
			stale.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown; waits for sessions, then checkpoints
			stale.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> {
				stale.destroyForcibly();
				return stale;
			}).join();
		});
		Files.deleteIfExists(pidFile);
	}

	private static long parsePid(String line) {
		try {
			return Long.parseLong(line.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
