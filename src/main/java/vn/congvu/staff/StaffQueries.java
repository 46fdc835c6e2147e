package vn.congvu.staff;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseText;

/**
 * Reads staff lists. Only people assigned (on the list's date) to a unit within the caller's scope are visible; a
 * person outside it is "not found".
 */
@Service
@Transactional(readOnly = true)
public class StaffQueries {

	private static final String FROM = """
			from staff.staff_member s
			join staff.assignment a on a.staff_id = s.id
			     and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
			join orgunit.org_unit u on u.id = a.unit_id
			where u.path like :scopePath || '%'
			  and (:text = '' or s.search_text like :pattern escape '\\' or s.staff_code = :rawText)
			  and (:unitPath = '' or u.path like :unitPath || '%')
			""";

	private static final String COLUMNS = """
			select s.id, s.staff_code, s.full_name, s.category, s.gender, s.birth_date, u.id as unit_id,
			       u.code as unit_code, u.name as unit_name, a.position, a.leadership, a.valid_from as assigned_from
			""";

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;

	StaffQueries(JdbcClient jdbc, OrgUnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** A page of people in Vietnamese name order (given name, middle name, family name). */
	public StaffPage page(StaffFilter filter, @Nullable Long scopeUnitId, int page, int size) {
		var params = params(filter, scopeUnitId);
		long total = jdbc.sql("select count(*) " + FROM).params(params).query(Long.class).single();
		List<StaffRow> rows = jdbc.sql(COLUMNS + FROM + " order by s.sort_key, s.id limit :limit offset :offset")
			.params(params).param("limit", size).param("offset", (long) page * size)
			.query(StaffRow.class).list();
		return new StaffPage(rows, total, page, size);
	}

	/** Everyone matching the filter, for export. */
	public List<StaffRow> all(StaffFilter filter, @Nullable Long scopeUnitId) {
		return jdbc.sql(COLUMNS + FROM + " order by s.sort_key, s.id").params(params(filter, scopeUnitId))
			.query(StaffRow.class).list();
	}

	/** One person as of the filter's date, if assigned within the scope then. */
	public StaffRow find(long id, LocalDate asOf, @Nullable Long scopeUnitId) {
		return jdbc.sql(COLUMNS + FROM + " and s.id = :id").params(params(StaffFilter.asOf(asOf), scopeUnitId))
			.param("id", id).query(StaffRow.class).optional()
			.orElseThrow(() -> new RecordNotFoundException("staff", id));
	}

	/** Every assignment of a person, newest first (the caller has checked the person is in scope). */
	public List<AssignmentView> assignments(long staffId) {
		return jdbc.sql("""
				select a.id, u.id as unit_id, u.code as unit_code, u.name as unit_name, a.position, a.leadership,
				       a.valid_from, a.valid_to
				from staff.assignment a join orgunit.org_unit u on u.id = a.unit_id
				where a.staff_id = :id order by a.valid_from desc""")
			.param("id", staffId).query(AssignmentView.class).list();
	}

	/** Which of {@code staffCodes} are already taken, in one query. */
	public java.util.Set<String> existingCodes(java.util.Collection<String> staffCodes) {
		if (staffCodes.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select staff_code from staff.staff_member where staff_code in (:codes)")
			.param("codes", staffCodes).query(String.class).list());
	}

	public boolean codeExists(String staffCode) {
		return jdbc.sql("select exists (select 1 from staff.staff_member where staff_code = :code)")
			.param("code", staffCode).query(Boolean.class).single();
	}

	private java.util.Map<String, Object> params(StaffFilter filter, @Nullable Long scopeUnitId) {
		String text = filter.text() == null ? "" : filter.text().strip();
		return java.util.Map.of("asOf", filter.asOf(), "scopePath", units.scopePath(scopeUnitId),
				"text", VietnameseText.fold(text), "rawText", text, "pattern", VietnameseText.likePattern(text),
				"unitPath", filter.unitId() == null ? "" : units.scopePath(filter.unitId()));
	}
}
