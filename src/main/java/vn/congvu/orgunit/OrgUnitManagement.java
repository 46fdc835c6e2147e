package vn.congvu.orgunit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseText;

/** Writes to the unit tree: creating units and recording reorganisations. Every write is audited. */
@Service
@Transactional
public class OrgUnitManagement {

	private final JdbcClient jdbc;
	private final OrgUnitQueries queries;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final SubtreeMoves moves;
	private final UnitChangeLog changes;

	OrgUnitManagement(JdbcClient jdbc, OrgUnitQueries queries, AuditLog audit, ApplicationEventPublisher events,
			SubtreeMoves moves, UnitChangeLog changes) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
		this.moves = moves;
		this.changes = changes;
	}

	/**
	 * What a reorganisation would do: the units that end, those that begin, the sub-units that change parent, and
	 * what every module carries to the successors or leaves behind.
	 */
	public record Preview(List<OrgUnitView> ending, List<OrgUnitView> starting, List<OrgUnitView> subUnitsMoved,
			List<Consequences.Line> consequences) {
	}

	/**
	 * Runs the reorganisation with every rule and rolls it back, so the form can show its result before it is
	 * recorded. A rule it breaks is thrown as it would be on recording.
	 */
	public Preview preview(Viewer viewer, ReorganisationCommand command) {
		List<Long> moved = new java.util.ArrayList<>();
		Consequences consequences = new Consequences();
		reorganise(viewer, command, moved, consequences);
		List<OrgUnitView> ending = command.edges().stream().map(ReorganisationCommand.Edge::predecessorId)
			.distinct().map(queries::find).toList();
		List<OrgUnitView> starting = command.newUnits().stream()
			.map(unit -> queries.byCode(unit.code(), command.effectiveDate())).toList();
		List<OrgUnitView> subUnits = moved.stream().map(queries::find).toList();
		org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
			.setRollbackOnly();
		return new Preview(ending, starting, subUnits, consequences.lines());
	}

	/** Creates a unit and returns its id. The code must be free on every day from {@code validFrom} on. */
	public long create(Viewer viewer, NewOrgUnit unit) {
		return create(viewer, unit, new Problems());
	}

	/**
	 * Creates a unit unless it or its form has problems ({@code problems}: those found before, such as a day the form
	 * could not read); every problem is refused at once, at its field.
	 */
	public long create(Viewer viewer, NewOrgUnit unit, Problems problems) {
		NotPermittedException.unless(viewer.mayAdminister());
		if (problems.require(!unit.code().isBlank(), "code", "form.required")) {
			problems.check("code", () -> TextLimits.require(unit.code(), 20));
		}
		if (problems.require(!unit.name().isBlank(), "name", "form.required")) {
			problems.check("name", () -> TextLimits.require(unit.name(), 300));
		}
		problems.require(unit.type() != null, "type", "orgUnit.chooseType");
		String agencyCode = unit.agencyCode() == null || unit.agencyCode().isBlank() ? null : unit.agencyCode().strip();
		if (agencyCode != null && problems.check("agencyCode", () -> TextLimits.require(agencyCode, 40))) {
			problems.require(!jdbc.sql("""
					select exists (select 1 from orgunit.org_unit where agency_code = :a and valid_to is null)""")
				.param("a", agencyCode).query(Boolean.class).single(), "agencyCode", "orgUnit.agencyCodeInUse",
					agencyCode);
		}
		problems.require(unit.validFrom() != null, "validFrom", "form.required");
		String parentPath = "/";
		int level = 1;
		if (unit.parentId() != null) {
			OrgUnitView parent = queries.find(unit.parentId());
			if (unit.validFrom() != null) {
				problems.require(parent.validOn(unit.validFrom()), "parentId", "orgUnit.parentNotValid", parent.name());
			}
			parentPath = parent.path();
			level = parent.level() + 1;
		}
		if (!problems.has("code") && unit.validFrom() != null) {
			problems.require(!jdbc.sql("""
					select exists (select 1 from orgunit.org_unit where code = :code
					  and (valid_to is null or valid_to > :from))""")
				.param("code", unit.code()).param("from", unit.validFrom()).query(Boolean.class).single(), "code",
					"orgUnit.codeInUse", unit.code());
		}
		problems.refuseIfAny();
		long id = jdbc.sql("select nextval('orgunit.org_unit_id_seq')").query(Long.class).single();
		jdbc.sql("""
				insert into orgunit.org_unit (id, code, name, search_text, type, parent_id, path, level, valid_from,
				    agency_code)
				values (:id, :code, :name, :search, :type, :parent, :path, :level, :from, :agency)""")
			.param("agency", agencyCode)
			.param("id", id).param("code", unit.code()).param("name", unit.name())
			.param("search", VietnameseText.fold(unit.code() + " " + unit.name())).param("type", unit.type().name())
			.param("parent", unit.parentId()).param("path", parentPath + id + "/").param("level", level)
			.param("from", unit.validFrom()).update();
		audit.record("orgUnit.create", "orgUnit", id, null, unit);
		return id;
	}

	/** Records a reorganisation; returns its id. Refused whole if any part breaks a rule. */
	public long reorganise(Viewer viewer, ReorganisationCommand command) {
		return reorganise(viewer, command, new java.util.ArrayList<>(), new Consequences());
	}

	private long reorganise(Viewer viewer, ReorganisationCommand command, List<Long> movedSubUnits,
			Consequences consequences) {
		NotPermittedException.unless(viewer.mayAdminister());
		command.edges().forEach(edge -> queries.find(viewer, edge.predecessorId()));
		validate(command);
		long reorganisationId = jdbc.sql("""
				insert into orgunit.reorganisation (kind, effective_date, legal_basis_number, legal_basis_date, note)
				values (:kind, :date, :number, :basisDate, :note) returning id""")
			.param("kind", command.kind().name()).param("date", command.effectiveDate())
			.param("number", command.legalBasisNumber().strip()).param("basisDate", command.legalBasisDate())
			.param("note", command.note()).query(Long.class).single();
		Set<Long> ending = new LinkedHashSet<>();
		command.edges().forEach(edge -> ending.add(edge.predecessorId()));
		for (long predecessor : ending) {
			jdbc.sql("update orgunit.org_unit set valid_to = :date where id = :id")
				.param("date", command.effectiveDate()).param("id", predecessor).update();
		}
		command.newUnits().forEach(unit -> create(viewer, unit));
		Map<String, Long> successors = new LinkedHashMap<>();
		Map<Long, Long> heirOf = new LinkedHashMap<>();
		for (ReorganisationCommand.Edge edge : command.edges()) {
			Long successor = null;
			if (edge.successorCode() != null) {
				successor = successors.computeIfAbsent(edge.successorCode(), code -> successorId(code, command));
				if (edge.whole()) { // a whole successor is the heir; else the first that took a part
					heirOf.put(edge.predecessorId(), successor);
				}
				else {
					heirOf.putIfAbsent(edge.predecessorId(), successor);
				}
			}
			jdbc.sql("""
					insert into orgunit.lineage (reorganisation_id, predecessor_id, successor_id, share)
					values (:reorganisation, :predecessor, :successor, :share)""")
				.param("reorganisation", reorganisationId).param("predecessor", edge.predecessorId())
				.param("successor", successor).param("share", edge.whole() ? "WHOLE" : "PART").update();
		}
		if (command.subUnitsGoTo() != null && !command.subUnitsGoTo().isBlank()) {
			OrgUnitView heir = queries.find(successorId(command.subUnitsGoTo(), command));
			List<Long> subUnits = jdbc.sql("""
					select id from orgunit.org_unit
					where parent_id in (:ending) and (valid_to is null or valid_to > :date) order by code""")
				.param("ending", ending).param("date", command.effectiveDate()).query(Long.class).list();
			UnitChanges.Basis basis = new UnitChanges.Basis(command.legalBasisNumber(), command.legalBasisDate(),
					command.effectiveDate());
			for (long subUnit : subUnits) {
				OrgUnitView unit = queries.find(subUnit);
				moves.move(unit, queries.find(heir.id()));
				// the move is dated, so the tree as of an earlier day still shows the sub-unit under its old parent
				changes.record(unit, ReorganisationKind.MOVE, basis, unit.name(), unit.parentId(), heir.id());
				movedSubUnits.add(subUnit);
			}
		}
		List<String> orphans = jdbc.sql("""
				select c.name from orgunit.org_unit c join orgunit.org_unit p on p.id = c.parent_id
				where (c.valid_to is null or c.valid_to > :date) and p.id in (:ending)
				order by c.name""").param("date", command.effectiveDate()).param("ending", ending)
			.query(String.class).list();
		if (!orphans.isEmpty()) {
			throw new InvalidInputException("reorganisation.orphans", String.join(", ", orphans));
		}
		audit.record("orgUnit.reorganise", "reorganisation", reorganisationId, null, command);
		if (!movedSubUnits.isEmpty()) {
			consequences.add("reorganisation.carried.subUnits", movedSubUnits.size());
		}
		events.publishEvent(new UnitsReorganised(reorganisationId, command.kind(), command.effectiveDate(),
				List.copyOf(ending), java.util.Collections.unmodifiableMap(heirOf), command.carryPeople(),
				consequences));
		return reorganisationId;
	}

	private long successorId(String code, ReorganisationCommand command) {
		OrgUnitView successor = queries.byCode(code, command.effectiveDate());
		if (successor == null) {
			throw new InvalidInputException("reorganisation.unknownSuccessor", code);
		}
		return successor.id();
	}

	private void validate(ReorganisationCommand command) {
		if (command.legalBasisNumber() == null || command.legalBasisNumber().isBlank()) {
			throw new InvalidInputException("reorganisation.legalBasisRequired");
		}
		vn.congvu.shared.TextLimits.require(command.legalBasisNumber(), 100);
		vn.congvu.shared.TextLimits.require(command.note(), 2000);
		if (command.legalBasisDate().isAfter(command.effectiveDate())) {
			throw new InvalidInputException("reorganisation.legalBasisAfterEffect");
		}
		if (command.edges().isEmpty()) {
			throw new InvalidInputException("reorganisation.noUnits");
		}
		for (ReorganisationCommand.Edge edge : command.edges()) {
			OrgUnitView predecessor = queries.find(edge.predecessorId());
			if (!predecessor.validOn(command.effectiveDate().minusDays(1))) {
				throw new InvalidInputException("reorganisation.predecessorNotValid", predecessor.name());
			}
			boolean dissolve = command.kind() == ReorganisationKind.DISSOLVE;
			if (dissolve != (edge.successorCode() == null)) {
				throw new InvalidInputException("reorganisation.successorMismatch", predecessor.name());
			}
		}
	}
}
