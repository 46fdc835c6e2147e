package vn.congvu.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a backup archive holds, written last into it as {@code manifest.json}: the archive's format, the schema
 * version of the database it was taken from (the last migration applied), and each table, sequence and file with its
 * row count or size and the SHA-256 of its entry, so that a restore loads exactly what was taken or nothing.
 *
 * @param format {@link #FORMAT}; a restore refuses any other
 * @param takenAt when the snapshot was taken, ISO-8601 in Vietnam's zone
 * @param schemaVersion the version of the last migration applied to the source database
 * @param server the source server's version, for the reader
 * @param tables every table of the application's schemas, in the order they were copied
 * @param sequences every sequence with its value after the snapshot
 * @param files the signing keys and trusted certificates, relative to the signing folder
 */
record BackupManifest(String format, String takenAt, String schemaVersion, String server, List<Table> tables,
		List<Sequence> sequences, List<StoredFile> files) {

	static final String FORMAT = "congvu-backup/1";

	/** A table's rows, copied in PostgreSQL's text format into {@link #entry}. */
	record Table(String schema, String name, List<String> columns, long rows, String sha256) {

		String qualified() {
			return quote(schema) + "." + quote(name);
		}

		String entry() {
			return "tables/" + schema + "." + name + ".copy";
		}
	}

	/** A sequence's position: {@code setval(name, lastValue, called)} puts it back. */
	record Sequence(String schema, String name, long lastValue, boolean called) {

		String qualified() {
			return quote(schema) + "." + quote(name);
		}
	}

	/** A file of the signing folder. */
	record StoredFile(String path, long size, String sha256, @Nullable String mode) {

		String entry() {
			return "signing/" + path;
		}
	}

	long totalRows() {
		return tables.stream().mapToLong(Table::rows).sum();
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}
