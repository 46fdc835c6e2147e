package vn.congvu.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.shared.VietnameseDates;

/**
 * Takes a backup: every table of the application's schemas copied out in one read-only, repeatable-read transaction
 * (one snapshot, however long it takes, while the application keeps serving), then each sequence's position, then
 * the signing folder (keys, their passwords, trusted certificates), and last the manifest. The archive is a ZIP
 * written under a temporary name, readable by its owner only (it holds the signing keys), and renamed when
 * complete: a backup that failed half-way never lies under the final name.
 */
final class BackupWriter {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private BackupWriter() {
	}

	static BackupManifest write(Connection db, List<String> schemas, Path signingDir, Path archive)
			throws SQLException, IOException {
		Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
		Files.deleteIfExists(partial);
		Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		BackupManifest manifest;
		db.setAutoCommit(false);
		db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		db.setReadOnly(true);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			String takenAt = OffsetDateTime.now(VietnameseDates.VIETNAM).toString();
			String version = one(db, "select version from platform.flyway_schema_history where success and version is not "
					+ "null order by installed_rank desc limit 1");
			String server = one(db, "show server_version");
			CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
			List<BackupManifest.Table> tables = new ArrayList<>();
			for (BackupManifest.Table table : tables(db, schemas)) {
				zip.putNextEntry(new ZipEntry(table.entry()));
				DigestOutputStream out = new DigestOutputStream(unclosable(zip), sha256());
				long rows = copy.copyOut("copy " + table.qualified() + " (" + columnList(table.columns())
						+ ") to stdout", out);
				zip.closeEntry();
				tables.add(new BackupManifest.Table(table.schema(), table.name(), table.columns(), rows,
						HexFormat.of().formatHex(out.getMessageDigest().digest())));
			}
			List<BackupManifest.Sequence> sequences = sequences(db, schemas);
			db.commit();
			List<BackupManifest.StoredFile> files = signingFiles(zip, signingDir);
			manifest = new BackupManifest(BackupManifest.FORMAT, takenAt, version, server, tables, sequences, files);
			zip.putNextEntry(new ZipEntry("manifest.json"));
			zip.write(JSON.writeValueAsBytes(manifest));
			zip.closeEntry();
		}
		catch (SQLException | IOException | RuntimeException ex) {
			db.rollback();
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return manifest;
	}

	/** The application's tables (not the migrations' own history, which a restore writes itself), with columns. */
	static List<BackupManifest.Table> tables(Connection db, List<String> schemas) throws SQLException {
		List<BackupManifest.Table> tables = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("""
				select n.nspname, c.relname,
				       array(select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum > 0
				             and not a.attisdropped and a.attgenerated = '' order by a.attnum)
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = any(?) and c.relkind = 'r' and not (n.nspname = 'platform' and c.relname = 'flyway_schema_history')
				order by n.nspname, c.relname""")) {
			query.setArray(1, db.createArrayOf("text", schemas.toArray()));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					Array columns = rs.getArray(3);
					tables.add(new BackupManifest.Table(rs.getString(1), rs.getString(2),
							List.of((String[]) columns.getArray()), 0, ""));
				}
			}
		}
		return tables;
	}

	private static List<BackupManifest.Sequence> sequences(Connection db, List<String> schemas) throws SQLException {
		List<BackupManifest.Sequence> names = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement(
				"select schemaname, sequencename from pg_sequences where schemaname = any(?) order by 1, 2")) {
			query.setArray(1, db.createArrayOf("text", schemas.toArray()));
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					names.add(new BackupManifest.Sequence(rs.getString(1), rs.getString(2), 0, false));
				}
			}
		}
		List<BackupManifest.Sequence> sequences = new ArrayList<>();
		for (BackupManifest.Sequence sequence : names) {
			try (Statement sql = db.createStatement();
					ResultSet rs = sql.executeQuery("select last_value, is_called from " + sequence.qualified())) {
				rs.next();
				sequences.add(new BackupManifest.Sequence(sequence.schema(), sequence.name(), rs.getLong(1),
						rs.getBoolean(2)));
			}
		}
		return sequences;
	}

	private static List<BackupManifest.StoredFile> signingFiles(ZipOutputStream zip, Path signingDir)
			throws IOException {
		List<BackupManifest.StoredFile> files = new ArrayList<>();
		if (!Files.isDirectory(signingDir)) {
			return files;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(signingDir)) {
			paths = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path path : paths) {
			byte[] content = Files.readAllBytes(path);
			String relative = signingDir.relativize(path).toString().replace('\\', '/');
			BackupManifest.StoredFile file = new BackupManifest.StoredFile(relative, content.length,
					HexFormat.of().formatHex(sha256().digest(content)), mode(path));
			zip.putNextEntry(new ZipEntry(file.entry()));
			zip.write(content);
			zip.closeEntry();
			files.add(file);
		}
		return files;
	}

	private static String mode(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (IOException | UnsupportedOperationException ex) {
			return null;
		}
	}

	static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(BackupManifest::quote).toList());
	}

	private static String one(Connection db, String query) throws SQLException {
		try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The ZIP stream, as a stream whose close does not close the archive (the copy API closes what it gets). */
	private static OutputStream unclosable(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}
}
