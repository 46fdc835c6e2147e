package vn.congvu.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own binaries (Debian's {@code postgresql}) in a throwaway directory, the way a
 * province runs its own: passwords required (scram-sha-256), one superuser {@code congvu}. A standby of it can be made
 * with {@code pg_basebackup -R} (a streaming replica). As root, the files belong to the {@code postgres} user, since
 * PostgreSQL refuses to run as root. Without the binaries the test is skipped loudly, or fails in CI.
 */
final class ThrowawayPostgres implements AutoCloseable {

	static final String USER = "congvu";
	static final String PASSWORD = "external-secret-1";

	private final Path binaries;
	private final Path dir;
	private final Path data;
	private final List<String> settings;
	final int port;

	private ThrowawayPostgres(Path binaries, Path dir, Path data, int port, List<String> settings) {
		this.binaries = binaries;
		this.dir = dir;
		this.data = data;
		this.port = port;
		this.settings = settings;
	}

	/** A new cluster, started with the server settings given ({@code name=value}). */
	static ThrowawayPostgres primary(String why, String... settings) throws Exception {
		Path binaries = findBinaries(why);
		Path dir = Files.createTempDirectory("congvu-pg");
		Files.writeString(dir.resolve("pw"), PASSWORD);
		chownToPostgres(dir);
		ThrowawayPostgres server = new ThrowawayPostgres(binaries, dir, dir.resolve("data"), freePort(),
				List.of(settings));
		server.run(binaries.resolve("initdb").toString(), "-D", server.data.toString(), "-U", USER,
				"--pwfile=" + dir.resolve("pw"), "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8");
		server.start();
		return server;
	}

	/** A streaming replica of this server ({@code pg_basebackup -R}), started on a port of its own. */
	ThrowawayPostgres standby() throws Exception {
		Path standbyDir = Files.createTempDirectory("congvu-pg-standby");
		chownToPostgres(standbyDir);
		ThrowawayPostgres standby = new ThrowawayPostgres(binaries, standbyDir, standbyDir.resolve("data"), freePort(),
				List.of());
		run("env", "PGPASSWORD=" + PASSWORD, binaries.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p",
				String.valueOf(port), "-U", USER, "-D", standby.data.toString(), "-R", "-X", "stream");
		standby.start();
		return standby;
	}

	/** A base backup of this server ({@code pg_basebackup}, plain files with the WAL it needs), not started. */
	Path baseBackup() throws Exception {
		Path backup = Files.createTempDirectory("congvu-pg-base");
		chownToPostgres(backup);
		run("env", "PGPASSWORD=" + PASSWORD, binaries.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p",
				String.valueOf(port), "-U", USER, "-D", backup.resolve("data").toString(), "-X", "stream");
		return backup.resolve("data");
	}

	/**
	 * A server recovered from a base backup with the settings given (a {@code restore_command}, a recovery target):
	 * {@code recovery.signal} is written, the server started, and {@code pg_ctl -w} waits until it accepts connections.
	 */
	ThrowawayPostgres recoveredFrom(Path baseBackup, String... recoverySettings) throws Exception {
		Path recoveredDir = Files.createTempDirectory("congvu-pg-recovered");
		chownToPostgres(recoveredDir);
		run("cp", "-a", baseBackup.toString(), recoveredDir.resolve("data").toString());
		run("touch", recoveredDir.resolve("data").resolve("recovery.signal").toString());
		ThrowawayPostgres recovered = new ThrowawayPostgres(binaries, recoveredDir, recoveredDir.resolve("data"),
				freePort(), List.of(recoverySettings));
		recovered.start();
		return recovered;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	void start() throws Exception {
		StringBuilder options = new StringBuilder("-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1");
		for (String setting : settings) {
			options.append(" -c '").append(setting.replace("'", "'\\''")).append("'");
		}
		pgCtl("-w", "-l", dir.resolve("server.log").toString(), "-o", options.toString(), "start");
	}

	void stop() throws Exception {
		pgCtl("-m", "fast", "-w", "stop");
	}

	@Override
	public void close() throws Exception {
		try {
			stop();
		}
		catch (IllegalStateException alreadyStopped) {
			// stopped by the test
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private void pgCtl(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString()));
		command.addAll(List.of(arguments));
		run(command.toArray(String[]::new));
	}

	private static Path findBinaries(String why) throws IOException {
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
		MissingTool.skipOrFail(why + " needs PostgreSQL server binaries (apt-get install postgresql)");
		return root;
	}

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
