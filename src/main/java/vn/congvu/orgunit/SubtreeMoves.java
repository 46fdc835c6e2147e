package vn.congvu.orgunit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.shared.InvalidInputException;

/**
 * Moves a unit with everything under it to a new parent in one statement: the materialised paths and levels of the
 * whole subtree are rewritten, so the sub-units follow their unit and keep their ids, staff and records.
 */
@Component
class SubtreeMoves {

	private final JdbcClient jdbc;

	SubtreeMoves(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void move(OrgUnitView unit, OrgUnitView newParent) {
		if (newParent.path().startsWith(unit.path())) {
			throw new InvalidInputException("orgUnit.moveUnderItself", unit.name(), newParent.name());
		}
		String newPath = newParent.path() + unit.id() + "/";
		jdbc.sql("update orgunit.org_unit set parent_id = :parent where id = :id")
			.param("parent", newParent.id()).param("id", unit.id()).update();
		jdbc.sql("""
				update orgunit.org_unit
				set path = :newPath || substr(path, length(:oldPath) + 1), level = level + :shift
				where path like :oldPath || '%'""")
			.param("newPath", newPath).param("oldPath", unit.path())
			.param("shift", newParent.level() + 1 - unit.level()).update();
	}
}
