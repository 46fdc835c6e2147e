package vn.congvu.orgunit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.platform.UnitNames;
import vn.congvu.platform.Viewer;

/** Units by name for the platform's pages (accounts' scopes). */
@Component
class OrgUnitNames implements UnitNames {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final Clock clock;

	OrgUnitNames(JdbcClient jdbc, OrgUnitQueries units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	@Override
	public Optional<String> nameOf(long unitId) {
		return jdbc.sql("select name from orgunit.org_unit where id = :id").param("id", unitId).query(String.class)
			.optional();
	}

	@Override
	public List<Choice> choices() {
		return units.tree(Viewer.system(), LocalDate.now(clock)).stream()
			.map(u -> new Choice(u.id(), u.name(), u.level())).toList();
	}

	@Override
	public java.util.Map<Long, String> namesOf(java.util.Collection<Long> unitIds) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!unitIds.isEmpty()) {
			jdbc.sql("select id, name from orgunit.org_unit where id in (:ids)").param("ids", unitIds)
				.query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
		}
		return names;
	}
}
