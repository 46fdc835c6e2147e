package vn.congvu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import vn.congvu.shared.VietnameseDates;

/**
 * {@code ./congvu backup [ARCHIVE]} and {@code ./congvu restore ARCHIVE}, run without starting the application.
 * <ul>
 * <li>Backup works on a live system: with the embedded database it connects to the server a running node keeps (its
 * port in {@code postmaster.pid}, the superuser's password in {@code database.secret}), or starts the server itself
 * when Congvu is stopped; with {@code CONGVU_DB_URL} it connects to that server as {@code CONGVU_DB_USER}.</li>
 * <li>Restore needs an empty target: a data directory with nothing in it (or none), or an external database in
 * which no migration has run. It migrates the schema to the backup's version, loads the rows in one transaction
 * ({@link BackupRestore}) and puts the signing folder back; the next start applies any newer migration.</li>
 * </ul>
 * Settings are those of the application (environment variables, or {@code --congvu.data-dir=...} arguments).
 */
public final class BackupCommand {

	/** A backup or restore refused, with the reason a person reads. */
	static final class Refused extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private final Map<String, String> arguments = new HashMap<>();
	private final Properties defaults = new Properties();

	private BackupCommand(String[] args) throws IOException {
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				arguments.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		try (InputStream in = BackupCommand.class.getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}
	}

	/** Whether the arguments ask for a backup or a restore rather than for the application. */
	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	/** Runs the command as a program of its own: only warnings are logged, the result is the exit status. */
	public static int runAsProgram(String[] args) {
		if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logs) {
			logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
			logs.getLogger("org.flywaydb").setLevel(ch.qos.logback.classic.Level.ERROR); // the grants' notices
		}
		return run(args);
	}

	/** Runs the command; the exit status is 0 on success, 1 when refused or failed, with the reason printed. */
	static int run(String[] args) {
		List<String> positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
		try {
			BackupCommand command = new BackupCommand(args);
			if (positional.get(0).equals("backup")) {
				command.backup(positional.size() > 1 ? Path.of(positional.get(1)) : null);
			}
			else if (positional.size() > 1) {
				command.restore(Path.of(positional.get(1)));
			}
			else {
				throw new Refused("usage: ./congvu restore ARCHIVE");
			}
			return 0;
		}
		catch (Refused ex) {
			System.err.println("Refused: " + ex.getMessage());
			return 1;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			System.err.println("Failed: " + ex);
			return 1;
		}
	}

	private void backup(@Nullable Path requested) throws IOException, SQLException {
		long started = System.nanoTime();
		Path archive = requested != null ? requested : Path.of("congvu-backup-" + LocalDateTime.now(VietnameseDates.VIETNAM)
			.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
		BackupManifest manifest;
		try (Target target = sourceDatabase(); Connection db = target.connect()) {
			manifest = BackupWriter.write(db, schemas(), signingDir(), archive);
		}
		System.out.printf("Backup %s: schema version %s, %d tables, %,d rows, %d signing files, %,d bytes, %.1f s%n",
				archive, manifest.schemaVersion(), manifest.tables().size(), manifest.totalRows(),
				manifest.files().size(), Files.size(archive), seconds(started));
	}

	private void restore(Path archive) throws IOException, SQLException {
		long started = System.nanoTime();
		if (!Files.isRegularFile(archive)) {
			throw new Refused(archive + " is not a file");
		}
		Path signing = signingDir();
		if (Files.isDirectory(signing) && !empty(signing)) {
			throw new Refused("The signing folder " + signing + " is not empty: restore into a new place");
		}
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			BackupManifest manifest = BackupRestore.manifest(zip);
			try (Target target = emptyDatabase()) {
				migrate(target, manifest.schemaVersion());
				try (Connection db = target.connect()) {
					BackupRestore.load(db, schemas(), zip, manifest);
				}
			}
			BackupRestore.signingFiles(zip, manifest, signing);
			System.out.printf("Restored %s (taken %s): schema version %s, %d tables, %,d rows, %d signing files, "
					+ "%.1f s%n", archive, manifest.takenAt(), manifest.schemaVersion(), manifest.tables().size(),
					manifest.totalRows(), manifest.files().size(), seconds(started));
		}
	}

	/** Migrates the empty database to the backup's schema version, as the application's migrations would. */
	private void migrate(Target target, String version) {
		var configuration = Flyway.configure()
			.dataSource(target.migrationUrl(), target.migrationUser(), target.migrationPassword())
			.locations(setting("spring.flyway.locations").split(","))
			.schemas(schemas().toArray(String[]::new))
			.defaultSchema(setting("spring.flyway.default-schema"))
			.placeholders(Map.of("applicationRole", target.applicationRole()));
		MigrationVersion latest = Arrays.stream(configuration.load().info().all())
			.map(m -> m.getVersion()).filter(v -> v != null).max(MigrationVersion::compareTo)
			.orElseThrow();
		if (MigrationVersion.fromVersion(version).compareTo(latest) > 0) {
			throw new Refused("The backup was taken by a newer Congvu (schema " + version + "; this one knows up to "
					+ latest + "): restore it with that version or a later one");
		}
		configuration.target(MigrationVersion.fromVersion(version)).load().migrate();
	}

	private Target sourceDatabase() throws IOException {
		if (!externalUrl().isBlank()) {
			return Target.external(externalUrl(), setting("congvu.db-user"), setting("congvu.db-password"));
		}
		Path dataDir = dataDir();
		if (!Files.isDirectory(dataDir.resolve("postgres"))) {
			throw new Refused("No database in " + dataDir.toAbsolutePath() + " (set CONGVU_DATA_DIR or CONGVU_DB_URL)");
		}
		Optional<String> running = EmbeddedDatabase.runningSuperuserUrl(dataDir);
		return running.isPresent() ? Target.running(running.get()) : Target.started(EmbeddedDatabase.start(dataDir));
	}

	private Target emptyDatabase() throws SQLException, IOException {
		if (!externalUrl().isBlank()) {
			Target target = Target.external(externalUrl(), setting("congvu.db-user"), setting("congvu.db-password"));
			try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement(
					"select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
							+ "where n.nspname = any(?) and c.relkind in ('r', 'p')")) {
				query.setArray(1, db.createArrayOf("text", schemas().toArray()));
				try (ResultSet rs = query.executeQuery()) {
					rs.next();
					if (rs.getLong(1) > 0) {
						throw new Refused("The database at " + externalUrl() + " is not empty: restore into a new one");
					}
				}
			}
			return target;
		}
		Path dataDir = dataDir();
		if (Files.exists(dataDir) && !empty(dataDir)) {
			throw new Refused("The data directory " + dataDir.toAbsolutePath() + " is not empty: restore into a new one");
		}
		return Target.started(EmbeddedDatabase.start(dataDir));
	}

	private List<String> schemas() {
		return Arrays.stream(setting("spring.flyway.schemas").split(",")).map(String::strip).toList();
	}

	private Path dataDir() {
		return Path.of(setting("congvu.data-dir"));
	}

	private Path signingDir() {
		String configured = setting("congvu.signing.dir");
		return (configured.isBlank() ? dataDir().resolve("signing") : Path.of(configured)).toAbsolutePath();
	}

	private String externalUrl() {
		return setting("congvu.db-url");
	}

	/** A setting: an argument, a system property, the environment variable, or application.properties' default. */
	String setting(String key) {
		if (arguments.containsKey(key)) {
			return arguments.get(key);
		}
		if (System.getProperty(key) != null) {
			return System.getProperty(key);
		}
		String variable = System.getenv(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
		if (variable != null) {
			return variable;
		}
		String value = defaults.getProperty(key, "");
		// ${CONGVU_DATA_DIR:./data}: the environment variable was not set, so its default
		return value.startsWith("${") && value.endsWith("}") && value.contains(":")
				? value.substring(value.indexOf(':') + 1, value.length() - 1) : value;
	}

	private static boolean empty(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	private static double seconds(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
	}

	/** Where the rows go or come from, and the embedded server this command started, stopped when done. */
	private record Target(String url, @Nullable String user, @Nullable String password,
			@Nullable EmbeddedDatabase started) implements AutoCloseable {

		static Target external(String url, String user, String password) {
			return new Target(url, user, password, null);
		}

		static Target running(String superuserUrl) {
			return new Target(superuserUrl, null, null, null);
		}

		static Target started(EmbeddedDatabase database) {
			return new Target(database.superuserJdbcUrl(), null, null, database);
		}

		Connection connect() throws SQLException {
			return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
		}

		String migrationUrl() {
			return started != null ? started.ownerJdbcUrl() : url;
		}

		@Nullable String migrationUser() {
			return started != null ? null : user;
		}

		@Nullable String migrationPassword() {
			return started != null ? null : password;
		}

		String applicationRole() {
			return started != null ? EmbeddedDatabaseSecrets.APPLICATION_ROLE : "";
		}

		@Override
		public void close() throws IOException {
			if (started != null) {
				started.close();
			}
		}
	}
}
