package vn.congvu.orgunit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.platform.ScopePaths;

/** A scope's path from the unit tree; a scope naming no unit gets a path that matches nothing. */
@Component
class UnitScopePaths implements ScopePaths {

	private final JdbcClient jdbc;

	UnitScopePaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String pathOf(@Nullable Long unitId) {
		if (unitId == null) {
			return "/";
		}
		return jdbc.sql("select path from orgunit.org_unit where id = :id").param("id", unitId)
			.query(String.class).optional().orElse("/none/");
	}
}
