package vn.congvu.reformindex;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitFilter;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

/**
 * Kỳ đánh giá: opening a methodology's self-assessments for the units it ranks, and extending their deadline. A
 * kind of unit is ranked in one table per year and scope: opening takes the kinds in {@code reformindex.ranked_kind},
 * whose key refuses a second table for the same kind, so two officers opening at once cannot both succeed.
 */
@Service
@Transactional
public class AssessmentCycles {

	private final JdbcClient jdbc;
	private final Methodologies methodologies;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final Clock clock;

	AssessmentCycles(JdbcClient jdbc, Methodologies methodologies, OrgUnitQueries units, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.methodologies = methodologies;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens the self-assessments of every unit of the methodology's kinds in its scope on the last day of the year,
	 * with a deadline from today on; the methodology is then in use and its lines no longer change.
	 *
	 * @return how many units were opened
	 */
	public int open(Viewer viewer, long id, @Nullable LocalDate deadline) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = methodologies.find(id);
		String scopePath = requireScope(viewer, methodology);
		if (!methodology.draft()) {
			throw new InvalidInputException("reform.methodology.notDraft");
		}
		List<Item> items = methodologies.items(id);
		if (items.isEmpty()) {
			throw new InvalidInputException("reform.methodology.noLines");
		}
		if (deadline == null) {
			throw InvalidInputException.at("deadline", "reform.assessment.deadline");
		}
		LocalDate today = LocalDate.now(clock);
		if (deadline.isBefore(today)) {
			throw InvalidInputException.at("deadline", "reform.assessment.deadlinePast", VietnameseDates.format(today));
		}
		takeKinds(methodology);
		List<OrgUnitView> assessed = unitsRanked(viewer, methodology, scopePath);
		if (assessed.isEmpty()) {
			throw new InvalidInputException("reform.assessment.noUnits");
		}
		List<Long> leaves = IndexResults.leaves(items).stream().map(Item::id).toList();
		Long[] unitIds = assessed.stream().map(OrgUnitView::id).toArray(Long[]::new);
		jdbc.sql("""
				insert into reformindex.assessment (methodology_id, unit_id, deadline)
				select :m, unnest(:units::bigint[]), :d""").param("m", id).param("units", unitIds).param("d", deadline)
			.update();
		jdbc.sql("""
				insert into reformindex.score (assessment_id, item_id)
				select a.id, i.item from reformindex.assessment a cross join unnest(:items::bigint[]) i(item)
				where a.methodology_id = :m""").param("m", id).param("items", leaves.toArray(Long[]::new)).update();
		jdbc.sql("update reformindex.methodology set status = 'IN_USE' where id = :id").param("id", id).update();
		audit.record("reform.assessment.open", "reform_methodology", id, null,
				Map.of("units", assessed.size(), "deadline", deadline.toString()));
		return assessed.size();
	}

	/**
	 * Moves the deadline of the methodology's self-assessments still open (never shortened, never into the past);
	 * those locked only because the old deadline passed open again. The first deadline is kept, so that each unit's
	 * page says the deadline was moved, and from when.
	 *
	 * @return how many self-assessments got the new deadline
	 */
	public int extendDeadline(Viewer viewer, long id, @Nullable LocalDate deadline) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = methodologies.find(id);
		requireScope(viewer, methodology);
		if (deadline == null) {
			throw InvalidInputException.at("deadline", "reform.assessment.deadline");
		}
		LocalDate latest = jdbc.sql("select max(deadline) from reformindex.assessment where methodology_id = :m")
			.param("m", id).query(LocalDate.class).optional().orElse(null);
		if (latest == null || methodology.published()) {
			throw new InvalidInputException("reform.assessment.nothingToExtend");
		}
		LocalDate today = LocalDate.now(clock);
		if (!deadline.isAfter(latest) || deadline.isBefore(today)) {
			throw InvalidInputException.at("deadline", "reform.assessment.extendAfter", VietnameseDates.format(latest));
		}
		int extended = jdbc.sql("""
				update reformindex.assessment set first_deadline = coalesce(first_deadline, deadline), deadline = :d
				where methodology_id = :m and status = 'OPEN'""").param("m", id).param("d", deadline).update();
		audit.record("reform.assessment.extend", "reform_methodology", id, Map.of("deadline", latest.toString()),
				Map.of("deadline", deadline.toString(), "assessments", extended));
		return extended;
	}

	/** Takes the methodology's kinds for its year and scope, or refuses if another table already ranks one. */
	private void takeKinds(Methodology methodology) {
		int taken = jdbc.sql("""
				insert into reformindex.ranked_kind (year, scope_key, unit_type, methodology_id)
				select :y, :scope, unnest(:kinds::varchar[]), :m on conflict do nothing""")
			.param("y", methodology.year()).param("m", methodology.id())
			.param("scope", methodology.scopeUnitId() == null ? 0L : methodology.scopeUnitId())
			.param("kinds", methodology.unitTypes().stream().map(OrgUnitType::name).toArray(String[]::new)).update();
		if (taken < methodology.unitTypes().size()) {
			throw new InvalidInputException("reform.methodology.yearTaken", "" + methodology.year());
		}
	}

	/** The units of the methodology's kinds in its scope (and the viewer's) on the last day of the year, by name. */
	private List<OrgUnitView> unitsRanked(Viewer viewer, Methodology methodology, String scopePath) {
		return units.list(viewer, OrgUnitFilter.ofKinds(LocalDate.of(methodology.year(), 12, 31),
				java.util.Set.copyOf(methodology.unitTypes())))
			.stream().filter(u -> u.path().startsWith(scopePath))
			.sorted(Comparator.comparing(OrgUnitView::path)).toList();
	}

	/** The path of the methodology's scope; a viewer who does not see it finds no such methodology. */
	private String requireScope(Viewer viewer, Methodology methodology) {
		if (methodology.scopeUnitId() == null) {
			return "/";
		}
		String path = units.pathOf(methodology.scopeUnitId());
		if (!viewer.sees(path)) {
			throw new RecordNotFoundException("reformMethodology", methodology.id());
		}
		return path;
	}
}
