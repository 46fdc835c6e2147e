package vn.congvu.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database keeps its own secrets. Every connection, local ones included, must give a password
 * (scram-sha-256); the passwords are random, kept in {@code database.secret} in the data directory (readable by its
 * owner only). Two roles, neither a superuser: {@code congvu_owner} owns the application's schemas and runs the
 * migrations; {@code congvu}, which the application connects as, may only read and write rows (granted after each
 * migration), so it can neither switch off the triggers that keep the audit log and published records append-only,
 * nor change a table, nor read the server's files. A data directory made before this (trust, everything owned by
 * the superuser) is converted on its first start: the objects of the application's schemas go to the owner role.
 */
final class EmbeddedDatabaseSecrets {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseSecrets.class);

	static final String APPLICATION_ROLE = "congvu";
	static final String OWNER_ROLE = "congvu_owner";
	static final String SUPERUSER = "postgres";
	private static final List<String> SYSTEM_SCHEMAS = List.of("pg_catalog", "information_schema", "pg_toast", "public");

	final String superuserPassword;
	final String ownerPassword;
	final String applicationPassword;

	private EmbeddedDatabaseSecrets(String superuserPassword, String ownerPassword, String applicationPassword) {
		this.superuserPassword = superuserPassword;
		this.ownerPassword = ownerPassword;
		this.applicationPassword = applicationPassword;
	}

	/** The passwords kept in {@code database.secret}, made (at random, readable by the owner only) if missing. */
	static EmbeddedDatabaseSecrets load(Path dataDir) throws IOException {
		Path file = dataDir.resolve("database.secret");
		Properties secrets = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				secrets.load(in);
			}
		}
		boolean missing = false;
		for (String role : List.of(SUPERUSER, OWNER_ROLE, APPLICATION_ROLE)) {
			if (secrets.getProperty(role) == null) {
				secrets.setProperty(role, random());
				missing = true;
			}
		}
		if (missing) {
			Path fresh = dataDir.resolve("database.secret.new");
			Files.deleteIfExists(fresh);
			Files.createFile(fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			try (Writer out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
				secrets.store(out, "Passwords of the embedded PostgreSQL: the superuser, the schemas' owner (migrations)"
						+ " and the application's role");
			}
			Files.move(fresh, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		return new EmbeddedDatabaseSecrets(secrets.getProperty(SUPERUSER), secrets.getProperty(OWNER_ROLE),
				secrets.getProperty(APPLICATION_ROLE));
	}

	/**
	 * Gives the superuser its password, makes (or updates) the application's role, hands it the application's
	 * schemas, and requires passwords of every connection from now on.
	 */
	void secure(int port, Path pgData) throws IOException {
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		try (Connection db = DriverManager.getConnection(url, SUPERUSER, superuserPassword);
				Statement sql = db.createStatement()) {
			sql.execute("set password_encryption = 'scram-sha-256'");
			password(db, "alter role " + SUPERUSER + " password ?", superuserPassword);
			role(db, OWNER_ROLE, ownerPassword);
			role(db, APPLICATION_ROLE, applicationPassword);
			sql.execute("grant connect, create, temporary on database postgres to " + OWNER_ROLE);
			sql.execute("grant usage, create on schema public to " + OWNER_ROLE);
			sql.execute("grant connect, temporary on database postgres to " + APPLICATION_ROLE);
			sql.execute("grant pg_maintain to " + APPLICATION_ROLE); // ANALYZE after the demo load; no DDL
			handOver(sql);
		}
		catch (SQLException ex) {
			throw new IOException("Could not secure the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
		requirePasswords(pgData, port);
	}

	private static void role(Connection db, String name, String password) throws SQLException {
		try (Statement sql = db.createStatement()) {
			boolean exists;
			try (var rs = sql.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				sql.execute("create role " + name + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
			}
		}
		password(db, "alter role " + name + " password ?", password);
	}

	/** Hands every object of the application's schemas (those not of the system) to the owner role. */
	private static void handOver(Statement sql) throws SQLException {
		String system = "('" + String.join("', '", SYSTEM_SCHEMAS) + "')";
		sql.execute("""
				do $$
				declare r record;
				begin
				  for r in select nspname from pg_namespace
				           where nspname not in %1$s and nspname not like 'pg\\_%%'
				             and nspowner <> (select oid from pg_roles where rolname = '%2$s') loop
				    execute format('alter schema %%I owner to %2$s', r.nspname);
				  end loop;
				  for r in select c.relname, n.nspname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
				           where n.nspname not in %1$s and n.nspname not like 'pg\\_%%'
				             and c.relkind in ('r', 'v', 'm', 'S', 'p', 'f')
				             and c.relowner <> (select oid from pg_roles where rolname = '%2$s')
				             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')
				                             and d.classid = 'pg_class'::regclass and c.relkind = 'S') loop
				    execute format('alter %%s %%I.%%I owner to %2$s',
				      case r.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
				                     when 'f' then 'foreign table' else 'table' end, r.nspname, r.relname);
				  end loop;
				  for r in select p.oid::regprocedure as sig, p.prokind from pg_proc p join pg_namespace n on n.oid = p.pronamespace
				           where n.nspname not in %1$s and n.nspname not like 'pg\\_%%'
				             and p.proowner <> (select oid from pg_roles where rolname = '%2$s') loop
				    execute format('alter %%s %%s owner to %2$s', case r.prokind when 'p' then 'procedure' else 'function' end, r.sig);
				  end loop;
				  for r in select t.typname, n.nspname from pg_type t join pg_namespace n on n.oid = t.typnamespace
				           where n.nspname not in %1$s and n.nspname not like 'pg\\_%%' and t.typtype in ('e', 'd')
				             and t.typowner <> (select oid from pg_roles where rolname = '%2$s') loop
				    execute format('alter type %%I.%%I owner to %2$s', r.nspname, r.typname);
				  end loop;
				end $$""".formatted(system, OWNER_ROLE));
	}

	/** Rewrites pg_hba.conf so that every connection gives a password, and tells the server to read it again. */
	private void requirePasswords(Path pgData, int port) throws IOException {
		Path hba = pgData.resolve("pg_hba.conf");
		String wanted = """
				# Written by Congvu: every connection gives a password (see database.secret in the data directory).
				local   all   all                 scram-sha-256
				host    all   all   127.0.0.1/32  scram-sha-256
				host    all   all   ::1/128       scram-sha-256
				""";
		if (Files.exists(hba) && Files.readString(hba).equals(wanted)) {
			return;
		}
		Files.writeString(hba, wanted);
		try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				SUPERUSER, superuserPassword); Statement sql = db.createStatement()) {
			sql.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Could not reload the embedded PostgreSQL's settings: " + ex.getMessage(), ex);
		}
		log.info("The embedded PostgreSQL now requires a password of every connection");
	}

	private static void password(Connection db, String statement, String password) throws SQLException {
		// ALTER ROLE takes no bind parameters: the password is a literal, quoted by the server's own function
		String quoted;
		try (PreparedStatement quote = db.prepareStatement("select quote_literal(?)")) {
			quote.setString(1, password);
			try (var rs = quote.executeQuery()) {
				rs.next();
				quoted = rs.getString(1);
			}
		}
		try (Statement sql = db.createStatement()) {
			sql.execute(statement.replace("?", quoted));
		}
	}

	private static String random() {
		String letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder out = new StringBuilder(32);
		for (int i = 0; i < 32; i++) {
			out.append(letters.charAt(random.nextInt(letters.length())));
		}
		return out.toString();
	}
}
