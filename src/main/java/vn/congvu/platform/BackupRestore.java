package vn.congvu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a backup into a database whose schema a restore has just migrated to the backup's version: in one
 * transaction, with the triggers and foreign-key checks of this session off (the rows are loaded as they were, the
 * audit chain and append-only records included), it empties the tables the migrations seeded, copies each table in,
 * checks its row count and SHA-256 against the manifest, and puts each sequence back. Any difference rolls the whole
 * load back: a restore gives the database that was backed up, or nothing.
 */
final class BackupRestore {

	private BackupRestore() {
	}

	static BackupManifest manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry("manifest.json");
		if (entry == null) {
			throw new BackupCommand.Refused(zip.getName() + " is not a Congvu backup: it has no manifest.json");
		}
		BackupManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = BackupWriter.JSON.readValue(in, BackupManifest.class);
		}
		if (!BackupManifest.FORMAT.equals(manifest.format())) {
			throw new BackupCommand.Refused("The archive's format is " + manifest.format() + "; this Congvu reads "
					+ BackupManifest.FORMAT);
		}
		return manifest;
	}

	static void load(Connection db, List<String> schemas, ZipFile zip, BackupManifest manifest)
			throws SQLException, IOException {
		db.setAutoCommit(false);
		try {
			try (Statement sql = db.createStatement()) {
				sql.execute("set local session_replication_role = replica");
				List<String> present = new ArrayList<>();
				for (BackupManifest.Table table : BackupWriter.tables(db, schemas)) {
					present.add(table.qualified());
				}
				if (!present.isEmpty()) {
					sql.execute("truncate " + String.join(", ", present));
				}
			}
			CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
			for (BackupManifest.Table table : manifest.tables()) {
				ZipEntry entry = zip.getEntry(table.entry());
				if (entry == null) {
					throw new BackupCommand.Refused("The archive lacks " + table.entry());
				}
				try (DigestInputStream in = new DigestInputStream(zip.getInputStream(entry), BackupWriter.sha256())) {
					long rows = copy.copyIn("copy " + table.qualified() + " (" + BackupWriter.columnList(table.columns())
							+ ") from stdin", in);
					String sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
					if (rows != table.rows() || !sha.equals(table.sha256())) {
						throw new BackupCommand.Refused("The archive's " + table.entry() + " is damaged: " + rows
								+ " rows where the manifest says " + table.rows());
					}
				}
			}
			try (PreparedStatement setval = db.prepareStatement("select setval(?::regclass, ?, ?)")) {
				for (BackupManifest.Sequence sequence : manifest.sequences()) {
					setval.setString(1, sequence.qualified());
					setval.setLong(2, sequence.lastValue());
					setval.setBoolean(3, sequence.called());
					try (ResultSet ignored = setval.executeQuery()) {
						// the new position is the answer
					}
				}
			}
			db.commit();
		}
		catch (SQLException | IOException | RuntimeException ex) {
			db.rollback();
			throw ex;
		}
	}

	/** Puts the signing folder back, each file checked against the manifest and as private as it was. */
	static void signingFiles(ZipFile zip, BackupManifest manifest, Path signingDir) throws IOException {
		for (BackupManifest.StoredFile file : manifest.files()) {
			Path target = signingDir.resolve(file.path()).normalize();
			if (!target.startsWith(signingDir) || zip.getEntry(file.entry()) == null) {
				throw new BackupCommand.Refused("The archive's signing file " + file.path() + " cannot be restored");
			}
			byte[] content;
			try (InputStream in = zip.getInputStream(zip.getEntry(file.entry()))) {
				content = in.readAllBytes();
			}
			if (!HexFormat.of().formatHex(BackupWriter.sha256().digest(content)).equals(file.sha256())) {
				throw new BackupCommand.Refused("The archive's " + file.entry() + " is damaged");
			}
			Files.createDirectories(target.getParent(),
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Files.write(target, content);
			Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
					file.mode() == null ? "rw-------" : file.mode()));
		}
	}
}
