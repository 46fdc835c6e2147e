package vn.congvu.platform;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files kept with a record (a finding's photos, a report's attachments), in a table of the owning module with the
 * shape {@code (id, <owner>_id, file_name, content_type, size_bytes, sha256, content)}. The caller checks who may
 * read them before loading one.
 */
public final class StoredFiles {

	private StoredFiles() {
	}

	/** Stores checked files for the record {@code ownerId} of {@code ownerColumn}, in the caller's transaction. */
	public static void store(JdbcClient jdbc, String table, String ownerColumn, long ownerId, List<UploadedFile> files) {
		for (UploadedFile file : files) {
			jdbc.sql("insert into " + table + " (" + ownerColumn + ", file_name, content_type, size_bytes, sha256, "
					+ "content) values (:owner, :name, :type, :size, :sha, :content)")
				.param("owner", ownerId).param("name", file.fileName()).param("type", file.contentType())
				.param("size", file.content().length).param("sha", file.sha256()).param("content", file.content())
				.update();
		}
	}

	/** One stored file of the record {@code ownerId}, if it belongs to it. */
	public static Optional<UploadedFile> load(JdbcClient jdbc, String table, String ownerColumn, long ownerId,
			long fileId) {
		return jdbc.sql("select file_name, content_type, content, sha256 from " + table + " where id = :id and "
				+ ownerColumn + " = :owner")
			.param("id", fileId).param("owner", ownerId)
			.query((rs, i) -> new UploadedFile(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content"), rs.getString("sha256")))
			.optional();
	}
}
