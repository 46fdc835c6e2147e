package vn.congvu.orgunit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.platform.AuditLog;

/**
 * Writes a rename or a move of a unit into {@code orgunit.unit_change} with its legal basis, and into the audit log:
 * the unit's page tells its history from it, and the tree as of an earlier date takes the unit's name and parent of
 * that date from it.
 */
@Component
class UnitChangeLog {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	UnitChangeLog(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	void record(OrgUnitView unit, ReorganisationKind kind, UnitChanges.Basis basis, String newName,
			@Nullable Long oldParent, @Nullable Long newParent) {
		long id = jdbc.sql("""
				insert into orgunit.unit_change (unit_id, kind, effective_date, legal_basis_number, legal_basis_date,
				                                 old_name, new_name, old_parent_id, new_parent_id, recorded_at)
				values (:unit, :kind, :effective, :number, :basisDate, :oldName, :newName, :oldParent, :newParent,
				        :now) returning id""")
			.param("unit", unit.id()).param("kind", kind.name()).param("effective", basis.effectiveDate())
			.param("number", basis.number().strip()).param("basisDate", basis.date()).param("oldName", unit.name())
			.param("newName", newName).param("oldParent", oldParent).param("newParent", newParent)
			.param("now", OffsetDateTime.now(clock)).query(Long.class).single();
		audit.record(kind == ReorganisationKind.RENAME ? "orgUnit.rename" : "orgUnit.move", "orgUnit", unit.id(), null,
				Map.of("change", id, "from", unit.name(), "to", newName, "basis", basis.number().strip()));
	}
}
