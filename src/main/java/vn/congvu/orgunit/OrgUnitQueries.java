package vn.congvu.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseText;

/**
 * Reads units for lists, pages, the API and other modules. The tree itself is public; methods taking a
 * {@link Viewer} return only units in the viewer's scope, and a unit outside it is "not found".
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitQueries {

	private static final String SELECT = """
			select u.id, u.code, u.name, u.type, u.parent_id, p.name as parent_name, u.level, u.path,
			       u.valid_from, u.valid_to
			from orgunit.org_unit u left join orgunit.org_unit p on p.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	OrgUnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Units valid on the filter's date, matching its criteria, ordered by code: the tree is public. */
	public List<OrgUnitView> list(OrgUnitFilter filter) {
		return list(filter, "/");
	}

	/** As {@link #list(OrgUnitFilter)}, within the viewer's scope. */
	public List<OrgUnitView> list(Viewer viewer, OrgUnitFilter filter) {
		return list(filter, viewer.scopePath());
	}

	/**
	 * Units as they were on {@code :asOf}: a rename or a move recorded later (in {@code orgunit.unit_change}) gives
	 * back the name and parent held before it, so an earlier tree shows a moved sub-unit under its old parent.
	 */
	private static final String AS_OF = """
			select u.id, u.code, coalesce(later.old_name, u.name) as name, u.type,
			       coalesce(later.old_parent_id, u.parent_id) as parent_id, p.name as parent_name, u.level, u.path,
			       u.valid_from, u.valid_to
			from orgunit.org_unit u
			left join lateral (
			    select (select c.old_name from orgunit.unit_change c where c.unit_id = u.id and c.kind = 'RENAME'
			            and c.effective_date > :asOf order by c.effective_date, c.id limit 1) as old_name,
			           (select c.old_parent_id from orgunit.unit_change c where c.unit_id = u.id and c.kind = 'MOVE'
			            and c.effective_date > :asOf order by c.effective_date, c.id limit 1) as old_parent_id) later on true
			left join orgunit.org_unit p on p.id = coalesce(later.old_parent_id, u.parent_id)
			""";

	private List<OrgUnitView> list(OrgUnitFilter filter, String scopePath) {
		return jdbc.sql(AS_OF + """
				where u.valid_from <= :asOf and (u.valid_to is null or u.valid_to > :asOf)
				  and u.path like :scopePath || '%'
				  and (:text = '' or u.search_text like :pattern escape '\\')
				  and (:code = '' or u.code = :code)
				  and (:parentId < 0 or coalesce(later.old_parent_id, u.parent_id) = :parentId)
				  and (cardinality(:types::text[]) = 0 or u.type = any(:types::text[]))
				order by u.level, u.code, u.id""")
			.param("asOf", filter.asOf())
			.param("scopePath", scopePath)
			.param("text", VietnameseText.fold(filter.text()))
			.param("pattern", VietnameseText.likePattern(filter.text()))
			.param("code", filter.code() == null ? "" : filter.code().strip())
			.param("parentId", filter.parentId() == null ? -1L : filter.parentId())
			.param("types", filter.types().stream().map(OrgUnitType::name).toArray(String[]::new))
			.query(Rows.as(OrgUnitView.class)).list();
	}

	/** The units valid on {@code asOf} within the viewer's scope, in tree order (each parent before its children). */
	public List<OrgUnitView> tree(Viewer viewer, LocalDate asOf) {
		return tree(list(OrgUnitFilter.asOf(asOf), viewer.scopePath()));
	}

	/** A unit and the units under it valid on {@code asOf}, in tree order (public facts). */
	public List<OrgUnitView> subtree(long unitId, LocalDate asOf) {
		return tree(list(OrgUnitFilter.asOf(asOf), pathOf(unitId)));
	}

	private static List<OrgUnitView> tree(List<OrgUnitView> units) {
		Map<Long, List<OrgUnitView>> children = new HashMap<>();
		List<OrgUnitView> roots = new ArrayList<>();
		java.util.Set<Long> present = new java.util.HashSet<>();
		units.forEach(u -> present.add(u.id()));
		for (OrgUnitView unit : units) {
			if (unit.parentId() != null && present.contains(unit.parentId())) {
				children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
			else {
				roots.add(unit);
			}
		}
		List<OrgUnitView> ordered = new ArrayList<>(units.size());
		roots.sort(Comparator.comparing(OrgUnitView::code));
		roots.forEach(root -> appendDepthFirst(root, root.level(), children, ordered));
		return ordered;
	}

	/** Appends a unit and its sub-units, each a level below its parent in this tree (as of its date). */
	private static void appendDepthFirst(OrgUnitView unit, int level, Map<Long, List<OrgUnitView>> children,
			List<OrgUnitView> out) {
		out.add(unit.level() == level ? unit : new OrgUnitView(unit.id(), unit.code(), unit.name(), unit.type(),
				unit.parentId(), unit.parentName(), level, unit.path(), unit.validFrom(), unit.validTo()));
		List<OrgUnitView> kids = children.getOrDefault(unit.id(), new ArrayList<>());
		kids.sort(Comparator.comparing(OrgUnitView::type).thenComparing(OrgUnitView::code));
		kids.forEach(kid -> appendDepthFirst(kid, level + 1, children, out));
	}

	/** One unit by id, whatever its dates (public facts). */
	public OrgUnitView find(long id) {
		return find(id, "/");
	}

	/** One unit by id, whatever its dates, if it lies in the viewer's scope; else "not found". */
	public OrgUnitView find(Viewer viewer, long id) {
		return find(id, viewer.scopePath());
	}

	private OrgUnitView find(long id, String scopePath) {
		return jdbc.sql(SELECT + " where u.id = :id and u.path like :scopePath || '%'")
			.param("id", id).param("scopePath", scopePath)
			.query(Rows.as(OrgUnitView.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("orgUnit", id));
	}

	/** Direct children of a unit valid on {@code asOf}. */
	public List<OrgUnitView> children(long id, LocalDate asOf) {
		return list(new OrgUnitFilter(asOf, null, null, id, Set.of()));
	}

	/** The unit valid on {@code date} that holds {@code code} then, if any: codes are reused across time. */
	public @Nullable OrgUnitView byCode(String code, LocalDate date) {
		return list(new OrgUnitFilter(date, null, code, null, Set.of())).stream().findFirst().orElse(null);
	}

	/** Predecessors and successors of a unit (public facts). */
	public Lineage lineage(long id) {
		find(id);
		return lineage(id, "/");
	}

	/**
	 * Predecessors and successors of a unit in the viewer's scope; an edge to a unit outside the scope names it but
	 * is marked not {@code linkable}, so pages do not link to a page that would answer "not found".
	 */
	public Lineage lineage(Viewer viewer, long id) {
		find(viewer, id);
		return lineage(id, viewer.scopePath());
	}

	private Lineage lineage(long id, String scopePath) {
		String sql = """
				select r.id as reorganisation_id, r.kind, r.effective_date, r.legal_basis_number, r.legal_basis_date,
				       o.id as other_unit_id, o.code as other_code, o.name as other_name, l.share,
				       coalesce(o.path like :scopePath || '%%', false) as linkable
				from orgunit.lineage l
				join orgunit.reorganisation r on r.id = l.reorganisation_id
				left join orgunit.org_unit o on o.id = l.%s
				where l.%s = :id
				order by r.effective_date, o.code""";
		List<LineageView> predecessors = jdbc.sql(sql.formatted("predecessor_id", "successor_id")).param("id", id)
			.param("scopePath", scopePath).query(Rows.as(LineageView.class)).list();
		List<LineageView> successors = jdbc.sql(sql.formatted("successor_id", "predecessor_id")).param("id", id)
			.param("scopePath", scopePath).query(Rows.as(LineageView.class)).list();
		return new Lineage(id, predecessors, successors);
	}

	/** Whether {@code unitId} lies in the viewer's scope. */
	public boolean inScope(Viewer viewer, long unitId) {
		return jdbc.sql("select exists (select 1 from orgunit.org_unit where id = :id and path like :scopePath || '%')")
			.param("id", unitId).param("scopePath", viewer.scopePath()).query(Boolean.class).single();
	}

	/** The materialised path of a unit's subtree ({@code "/none/"} for an unknown unit, which holds nothing). */
	public String pathOf(long unitId) {
		return jdbc.sql("select path from orgunit.org_unit where id = :id").param("id", unitId)
			.query(String.class).optional().orElse("/none/");
	}

	public long count() {
		return jdbc.sql("select count(*) from orgunit.org_unit").query(Long.class).single();
	}
}
