package vn.congvu.platform;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps query rows to records by column name ({@code staff_name} → {@code staffName}), reading the result set's
 * columns once. Passing a record class straight to {@code JdbcClient.query(Class)} instead looks each component up
 * by its own name first and falls back to the underscored one after an SQL exception: one exception per column and
 * row, which made a list of 5,000 scorecards take most of a second.
 */
public final class Rows {

	private Rows() {
	}

	public static <T> RowMapper<T> as(Class<T> type) {
		return new DataClassRowMapper<>(type);
	}
}
