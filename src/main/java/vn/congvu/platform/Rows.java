package vn.congvu.platform;

import java.lang.reflect.Constructor;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps query rows to records by column name ({@code staff_name} → {@code staffName}), finding each component's
 * column once per result set from its metadata. Spring's own record mappers look a component up by one spelling and,
 * on an SQL exception, by the other: an exception per column and row, which made a list of 5,000 scorecards take
 * most of a second. Values are read and converted as Spring's mappers do ({@link JdbcUtils#getResultSetValue}, then
 * the default conversion service); a component without a column gets {@code null}.
 */
public final class Rows {

	private Rows() {
	}

	/** A mapper for one query (it remembers the columns of the result set it last saw). */
	public static <T> RowMapper<T> as(Class<T> type) {
		return new RecordMapper<>(type);
	}

	private static final class RecordMapper<T> implements RowMapper<T> {

		private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

		private final Constructor<T> constructor;
		private final String[] names;
		private final TypeDescriptor[] types;
		private @Nullable ResultSet indexed;
		private int[] columns = new int[0];

		RecordMapper(Class<T> type) {
			this.constructor = BeanUtils.getResolvableConstructor(type);
			this.names = BeanUtils.getParameterNames(constructor);
			this.types = new TypeDescriptor[names.length];
			for (int i = 0; i < names.length; i++) {
				types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
			}
		}

		@Override
		public T mapRow(ResultSet rs, int rowNum) throws SQLException {
			if (rs != indexed) {
				columns = columns(rs.getMetaData());
				indexed = rs;
			}
			Object[] args = new Object[names.length];
			for (int i = 0; i < names.length; i++) {
				if (columns[i] > 0) {
					Object value = JdbcUtils.getResultSetValue(rs, columns[i], types[i].getType());
					if (value instanceof java.sql.Array array && types[i].getType() != java.sql.Array.class) { // text[]: String[]
						value = array.getArray();
					}
					args[i] = CONVERSIONS.convert(value, types[i]);
				}
			}
			return BeanUtils.instantiateClass(constructor, args);
		}

		private int[] columns(ResultSetMetaData metaData) throws SQLException {
			Map<String, Integer> byName = new HashMap<>();
			for (int c = metaData.getColumnCount(); c >= 1; c--) { // the first of two same-named columns wins
				byName.put(key(JdbcUtils.lookupColumnName(metaData, c)), c);
			}
			int[] found = new int[names.length];
			for (int i = 0; i < names.length; i++) {
				found[i] = byName.getOrDefault(key(names[i]), 0);
			}
			return found;
		}

		private static String key(String name) {
			return name.replace("_", "").toLowerCase(Locale.ROOT);
		}
	}
}
