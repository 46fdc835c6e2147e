package vn.congvu.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseText;

/**
 * Reads units for lists, pages, the API and other modules. Methods taking a {@code scopeUnitId} return only units in
 * that subtree ({@code null} = every unit); a unit outside the scope is "not found".
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

	/** Units valid on the filter's date, matching its criteria, within the scope, ordered by code. */
	public List<OrgUnitView> list(OrgUnitFilter filter, @Nullable Long scopeUnitId) {
		return jdbc.sql(SELECT + """
				where u.valid_from <= :asOf and (u.valid_to is null or u.valid_to > :asOf)
				  and u.path like :scopePath || '%'
				  and (:text = '' or u.search_text like :pattern escape '\\')
				  and (:code = '' or u.code = :code)
				  and (:parentId < 0 or u.parent_id = :parentId)
				  and (:type = '' or u.type = :type)
				order by u.level, u.code, u.id""")
			.param("asOf", filter.asOf())
			.param("scopePath", scopePath(scopeUnitId))
			.param("text", VietnameseText.fold(filter.text()))
			.param("pattern", VietnameseText.likePattern(filter.text()))
			.param("code", filter.code() == null ? "" : filter.code().strip())
			.param("parentId", filter.parentId() == null ? -1L : filter.parentId())
			.param("type", filter.type() == null ? "" : filter.type().name())
			.query(OrgUnitView.class).list();
	}

	/** The units valid on {@code asOf} within the scope, in tree order (each parent before its children). */
	public List<OrgUnitView> tree(LocalDate asOf, @Nullable Long scopeUnitId) {
		List<OrgUnitView> units = list(OrgUnitFilter.asOf(asOf), scopeUnitId);
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
		roots.forEach(root -> appendDepthFirst(root, children, ordered));
		return ordered;
	}

	private static void appendDepthFirst(OrgUnitView unit, Map<Long, List<OrgUnitView>> children,
			List<OrgUnitView> out) {
		out.add(unit);
		List<OrgUnitView> kids = children.getOrDefault(unit.id(), new ArrayList<>());
		kids.sort(Comparator.comparing(OrgUnitView::type).thenComparing(OrgUnitView::code));
		kids.forEach(kid -> appendDepthFirst(kid, children, out));
	}

	/** One unit by id, whatever its dates, if it lies in the scope. */
	public OrgUnitView find(long id, @Nullable Long scopeUnitId) {
		return jdbc.sql(SELECT + " where u.id = :id and u.path like :scopePath || '%'")
			.param("id", id).param("scopePath", scopePath(scopeUnitId))
			.query(OrgUnitView.class).optional()
			.orElseThrow(() -> new RecordNotFoundException("orgUnit", id));
	}

	/** Direct children of a unit valid on {@code asOf}. */
	public List<OrgUnitView> children(long id, LocalDate asOf) {
		return list(new OrgUnitFilter(asOf, null, null, id, null), null);
	}

	/** The unit valid on {@code date} that holds {@code code} then, if any: codes are reused across time. */
	public @Nullable OrgUnitView byCode(String code, LocalDate date) {
		return list(new OrgUnitFilter(date, null, code, null, null), null).stream().findFirst().orElse(null);
	}

	/** Predecessors and successors of a unit (which must lie in the scope). */
	public Lineage lineage(long id, @Nullable Long scopeUnitId) {
		find(id, scopeUnitId);
		String sql = """
				select r.id as reorganisation_id, r.kind, r.effective_date, r.legal_basis_number, r.legal_basis_date,
				       o.id as other_unit_id, o.code as other_code, o.name as other_name, l.share
				from orgunit.lineage l
				join orgunit.reorganisation r on r.id = l.reorganisation_id
				left join orgunit.org_unit o on o.id = l.%s
				where l.%s = :id
				order by r.effective_date, o.code""";
		List<LineageView> predecessors = jdbc.sql(sql.formatted("predecessor_id", "successor_id")).param("id", id)
			.query(LineageView.class).list();
		List<LineageView> successors = jdbc.sql(sql.formatted("successor_id", "predecessor_id")).param("id", id)
			.query(LineageView.class).list();
		return new Lineage(id, predecessors, successors);
	}

	/** Whether {@code unitId} lies in the subtree of {@code scopeUnitId} ({@code null} scope holds every unit). */
	public boolean inScope(long unitId, @Nullable Long scopeUnitId) {
		return jdbc.sql("select exists (select 1 from orgunit.org_unit where id = :id and path like :scopePath || '%')")
			.param("id", unitId).param("scopePath", scopePath(scopeUnitId)).query(Boolean.class).single();
	}

	/** The materialised path of the signed-in user's scope. */
	public String currentUserScopePath() {
		return scopePath(vn.congvu.platform.CurrentUser.get().scopeUnitId());
	}

	/** The materialised path that prefixes every unit in the scope. */
	public String scopePath(@Nullable Long scopeUnitId) {
		if (scopeUnitId == null) {
			return "/";
		}
		return jdbc.sql("select path from orgunit.org_unit where id = :id").param("id", scopeUnitId)
			.query(String.class).optional().orElse("/none/"); // a scope naming no unit sees nothing
	}

	public long count() {
		return jdbc.sql("select count(*) from orgunit.org_unit").query(Long.class).single();
	}
}
