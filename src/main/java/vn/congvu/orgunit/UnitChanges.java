package vn.congvu.orgunit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.VietnameseText;

/**
 * Renaming and moving a unit. Both keep the unit itself (its id, staff, desks and records) and are written with their
 * legal basis to the unit's history; a move takes the sub-units along. Administrators only, within their scope.
 */
@Service
@Transactional
public class UnitChanges {

	/** The legal basis of a change: the document's number and date, and the day the change takes effect. */
	public record Basis(String number, @Nullable LocalDate date, @Nullable LocalDate effectiveDate) {
	}

	/** A rename or move as a unit's page lists it. */
	public record Change(ReorganisationKind kind, LocalDate effectiveDate, String legalBasisNumber,
			LocalDate legalBasisDate, String oldName, String newName, @Nullable String oldParentName,
			@Nullable String newParentName) {
	}

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final SubtreeMoves moves;
	private final UnitChangeLog log;
	private final Clock clock;

	UnitChanges(JdbcClient jdbc, OrgUnitQueries units, SubtreeMoves moves, UnitChangeLog log, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.moves = moves;
		this.log = log;
		this.clock = clock;
	}

	public void rename(Viewer viewer, long unitId, String newName, Basis basis) {
		NotPermittedException.unless(viewer.mayAdminister());
		OrgUnitView unit = current(viewer, unitId);
		String name = newName == null ? "" : newName.strip().replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			throw new InvalidInputException("orgUnit.required");
		}
		vn.congvu.shared.TextLimits.require(name, 300);
		if (name.equals(unit.name())) {
			throw new InvalidInputException("orgUnit.sameName", name);
		}
		check(basis);
		jdbc.sql("update orgunit.org_unit set name = :name, search_text = :search where id = :id")
			.param("name", name).param("search", VietnameseText.fold(unit.code() + " " + name))
			.param("id", unitId).update();
		log.record(unit, ReorganisationKind.RENAME, basis, name, unit.parentId(), unit.parentId());
	}

	public void move(Viewer viewer, long unitId, long newParentId, Basis basis) {
		NotPermittedException.unless(viewer.mayAdminister());
		OrgUnitView unit = current(viewer, unitId);
		OrgUnitView parent = current(viewer, newParentId);
		if (unit.parentId() != null && unit.parentId() == newParentId) {
			throw new InvalidInputException("orgUnit.sameParent", parent.name());
		}
		check(basis);
		moves.move(unit, parent);
		log.record(unit, ReorganisationKind.MOVE, basis, unit.name(), unit.parentId(), newParentId);
	}

	/** The renames and moves of a unit, oldest first. */
	@Transactional(readOnly = true)
	public List<Change> history(Viewer viewer, long unitId) {
		units.find(viewer, unitId);
		return jdbc.sql("""
				select c.kind, c.effective_date, c.legal_basis_number, c.legal_basis_date, c.old_name, c.new_name,
				       op.name as old_parent_name, np.name as new_parent_name
				from orgunit.unit_change c
				left join orgunit.org_unit op on op.id = c.old_parent_id
				left join orgunit.org_unit np on np.id = c.new_parent_id
				where c.unit_id = :id order by c.effective_date, c.id""")
			.param("id", unitId).query(Rows.as(Change.class)).list();
	}

	private OrgUnitView current(Viewer viewer, long unitId) {
		OrgUnitView unit = units.find(viewer, unitId);
		if (!unit.validOn(LocalDate.now(clock))) {
			throw new InvalidInputException("orgUnit.notActive", unit.name());
		}
		return unit;
	}

	private void check(Basis basis) {
		if (basis.number() == null || basis.number().isBlank()) {
			throw new InvalidInputException("reorganisation.legalBasisRequired");
		}
		vn.congvu.shared.TextLimits.require(basis.number(), 100);
		if (basis.date() == null || basis.effectiveDate() == null) {
			throw new InvalidInputException("orgUnit.datesRequired");
		}
		if (basis.date().isAfter(basis.effectiveDate())) {
			throw new InvalidInputException("reorganisation.legalBasisAfterEffect");
		}
		if (basis.effectiveDate().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("orgUnit.changeNotYet");
		}
	}
}
