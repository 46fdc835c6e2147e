package vn.congvu.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 server used when no external database is configured. Its data directory survives
 * restarts.
 * <ul>
 * <li>One node per data directory: the node holds a lock on {@code congvu.lock} in the data directory for its whole
 * life (the operating system releases it when the JVM dies, even by {@code kill -9}). A second node on a directory
 * in use refuses to start, and never signals the postmaster that serves the first one.</li>
 * <li>A postmaster left behind by a killed JVM (the lock is free, yet {@code postmaster.pid} names a live process) is
 * stopped before a new one starts.</li>
 * <li>Its own secrets: every connection gives a password, and the application is no superuser
 * ({@link EmbeddedDatabaseSecrets}).</li>
 * <li>Supervised: if the server exits while the node runs (killed, crashed), it is started again on the same data
 * directory and port, so the connection pool reconnects and the node serves again without a human; requests in
 * between answer 503.</li>
 * </ul>
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final Path pgData;
	private final int port;
	private final FileLock nodeLock;
	private final EmbeddedDatabaseSecrets secrets;
	private volatile EmbeddedPostgres postgres;
	private volatile boolean closing;
	private volatile int restarts;

	private EmbeddedDatabase(Path pgData, int port, FileLock nodeLock, EmbeddedDatabaseSecrets secrets)
			throws IOException {
		this.pgData = pgData;
		this.port = port;
		this.nodeLock = nodeLock;
		this.secrets = secrets;
		this.postgres = startServer();
		try {
			secrets.secure(port, pgData);
		}
		catch (IOException ex) {
			postgres.close();
			throw ex;
		}
		watch();
	}

	static EmbeddedDatabase start(Path dataDir) {
		Path pgData = dataDir.toAbsolutePath().resolve("postgres");
		FileLock lock = null;
		try {
			Files.createDirectories(pgData);
			lock = lockNode(dataDir.toAbsolutePath());
			stopStalePostmaster(pgData);
			EmbeddedDatabaseSecrets secrets = EmbeddedDatabaseSecrets.load(dataDir.toAbsolutePath());
			return new EmbeddedDatabase(pgData, freePort(), lock, secrets);
		}
		catch (IOException ex) {
			release(lock);
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + pgData, ex);
		}
		catch (RuntimeException ex) {
			release(lock);
			throw ex;
		}
	}

	/** The address the application connects to, as its own role (rows only, no superuser) with its password. */
	String jdbcUrl() {
		return url(EmbeddedDatabaseSecrets.APPLICATION_ROLE, secrets.applicationPassword);
	}

	/** The address the migrations connect to, as the role that owns the application's schemas. */
	String ownerJdbcUrl() {
		return url(EmbeddedDatabaseSecrets.OWNER_ROLE, secrets.ownerPassword);
	}

	/** The address backups and restores connect to, as the server's superuser. */
	String superuserJdbcUrl() {
		return url(EmbeddedDatabaseSecrets.SUPERUSER, secrets.superuserPassword);
	}

	/**
	 * The superuser's address of the server a running node keeps on {@code dataDir} (its port from
	 * {@code postmaster.pid}), so that a backup can be taken while Congvu serves; empty when no server runs there.
	 */
	static Optional<String> runningSuperuserUrl(Path dataDir) throws IOException {
		Path pgData = dataDir.toAbsolutePath().resolve("postgres");
		Path pidFile = pgData.resolve("postmaster.pid");
		List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
		if (lines.size() < 4 || readPid(pgData).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isEmpty()) {
			return Optional.empty();
		}
		String password = EmbeddedDatabaseSecrets.load(dataDir.toAbsolutePath()).superuserPassword;
		return Optional.of("jdbc:postgresql://localhost:" + Integer.parseInt(lines.get(3).strip()) + "/postgres?user="
				+ EmbeddedDatabaseSecrets.SUPERUSER + "&password=" + password + "&connectTimeout=3");
	}

	private String url(String role, String password) {
		return "jdbc:postgresql://localhost:" + port + "/postgres?user=" + role + "&password=" + password
				+ "&connectTimeout=3";
	}

	/** How many times the server was started again after it exited on its own. */
	int restarts() {
		return restarts;
	}

	/** The process id of the running postmaster, read from its {@code postmaster.pid}. */
	Optional<ProcessHandle> postmaster() {
		return readPid(pgData).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
	}

	@Override
	public void close() throws IOException {
		closing = true;
		try {
			postgres.close();
		}
		finally {
			release(nodeLock);
		}
	}

	private EmbeddedPostgres startServer() throws IOException {
		EmbeddedPostgres started = EmbeddedPostgres.builder()
			.setDataDirectory(pgData)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			// zonky's own readiness check signs in as the superuser: with its password once passwords are required
			.setConnectConfig("password", secrets.superuserPassword)
			// zonky turns durability off for tests; an acknowledged write must survive a crash here.
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "100")
			.start();
		log.info("Embedded PostgreSQL started on port {} with data in {}", port, pgData);
		return started;
	}

	/** Waits for the postmaster to exit; unless the node is closing, starts it again and watches the new one. */
	private void watch() {
		Optional<ProcessHandle> process = postmaster();
		if (process.isEmpty()) {
			log.warn("Cannot watch the embedded PostgreSQL: no live postmaster in {}", pgData);
			return;
		}
		process.get().onExit().thenRun(() -> {
			if (!closing) {
				Thread.ofVirtual().name("embedded-postgres-restart").start(this::restart);
			}
		});
	}

	private void restart() {
		log.error("The embedded PostgreSQL exited; starting it again on port {}", port);
		try {
			postgres.close(); // releases the old server's own lock on the directory; stopping the dead one fails
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the exited server: {}", ex.toString());
		}
		for (int attempt = 1; !closing; attempt++) {
			try {
				Files.deleteIfExists(pgData.resolve("postmaster.pid"));
				postgres = startServer();
				restarts++;
				watch();
				return;
			}
			catch (IOException | RuntimeException ex) {
				log.error("Starting the embedded PostgreSQL again failed (attempt {}): {}", attempt, ex.toString());
				sleep(Math.min(30_000, 1_000L * attempt));
			}
		}
	}

	/**
	 * Takes this node's lock on the data directory, or refuses to start: another running node serves it. The file
	 * names the holder's process id, for the message.
	 */
	static FileLock lockNode(Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		Path lockFile = dataDir.resolve("congvu.lock");
		FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel();
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
			channel.close();
			throw new DataDirectoryInUse.Refused("The data directory " + dataDir + " is in use by another running Congvu"
					+ (holder.isEmpty() ? "" : " (process " + holder + ")")
					+ ". Stop it first, or give this one another folder with CONGVU_DATA_DIR.");
		}
		channel.truncate(0);
		channel.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid())
			.getBytes(StandardCharsets.UTF_8)), 0);
		return lock;
	}

	/**
	 * A JVM killed with -9 leaves its postmaster running and holding the data directory: stop it first. Called only
	 * with this node's lock held, so the postmaster cannot belong to a live node.
	 */
	static void stopStalePostmaster(Path pgData) throws IOException {
		readPid(pgData).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(stale -> {
			log.warn("Stopping a PostgreSQL server (pid {}) left running by an earlier start", stale.pid());
			stale.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown; waits for sessions, then checkpoints
			stale.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> {
				stale.destroyForcibly();
				return stale;
			}).join();
		});
		Files.deleteIfExists(pgData.resolve("postmaster.pid"));
	}

	private static Optional<Long> readPid(Path pgData) {
		Path pidFile = pgData.resolve("postmaster.pid");
		try {
			List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static void release(@Nullable FileLock lock) {
		if (lock == null) {
			return;
		}
		try {
			lock.release();
			lock.channel().close();
		}
		catch (IOException ex) {
			log.warn("Could not release the data directory's lock: {}", ex.getMessage());
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
