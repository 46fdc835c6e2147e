package vn.congvu.platform;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.shared.InvalidInputException;

/**
 * Moves a record from the status its caller read to the next one in a single guarded update: the row changes only if
 * it still has that status, so two people acting at once cannot both move it. The caller checks that the step is
 * allowed, and records the step and the audit entry in the same transaction.
 */
public final class StatusChange {

	private StatusChange() {
	}

	/**
	 * @param table the schema-qualified table
	 * @param column its status column
	 * @param setColumns further {@code column = :param} assignments made with the change, or {@code null}
	 * @param params the values of those parameters
	 * @param changedMeanwhileKey the message key when someone else moved the record first
	 */
	public static void apply(JdbcClient jdbc, String table, String column, long id, String current, String next,
			@Nullable String setColumns, Map<String, ?> params, String changedMeanwhileKey) {
		JdbcClient.StatementSpec statement = jdbc
			.sql("update " + table + " set " + column + " = :next" + (setColumns == null ? "" : ", " + setColumns)
					+ " where id = :id and " + column + " = :current")
			.param("next", next).param("id", id).param("current", current);
		for (Map.Entry<String, ?> entry : params.entrySet()) {
			statement = statement.param(entry.getKey(), entry.getValue());
		}
		if (statement.update() != 1) {
			throw new InvalidInputException(changedMeanwhileKey);
		}
	}

	/**
	 * Records one step in the record's history table, of the shape
	 * {@code (<owner>_id, from_status, to_status, actor, note, at)}.
	 */
	public static void logStep(JdbcClient jdbc, String stepTable, String ownerColumn, long ownerId,
			@Nullable String from, String to, String actor, @Nullable String note, java.time.OffsetDateTime at) {
		jdbc.sql("insert into " + stepTable + " (" + ownerColumn + ", from_status, to_status, actor, note, at) "
				+ "values (:owner, :from, :to, :actor, :note, :at)")
			.param("owner", ownerId).param("from", from).param("to", to).param("actor", actor).param("note", note)
			.param("at", at).update();
	}
}
