package vn.congvu.staff;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseText;

/**
 * Reads staff lists. Only people assigned (on the list's date) to a unit within the viewer's scope are visible; a
 * person outside it is "not found". Personal data (birth dates) reach only viewers who manage staff.
 */
@Service
@Transactional(readOnly = true)
public class StaffQueries {

	private static final String FROM = """
			from staff.staff_member s
			join staff.assignment a on a.staff_id = s.id
			     and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
			join orgunit.published_unit u on u.id = a.unit_id
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

	/**
	 * A page of people in the viewer's scope in Vietnamese name order (given name, middle name, family name). Birth
	 * dates are left out unless the viewer manages staff.
	 */
	public StaffPage page(Viewer viewer, StaffFilter filter, int page, int size) {
		var params = params(viewer, filter);
		long total = jdbc.sql("select count(*) " + FROM).params(params).query(Long.class).single();
		List<StaffRow> rows = jdbc.sql(COLUMNS + FROM + " order by s.sort_key, s.id limit :limit offset :offset")
			.params(params).param("limit", size).param("offset", (long) page * size)
			.query(Rows.as(StaffRow.class)).list();
		return new StaffPage(rows.stream().map(row -> privacy(viewer, row)).toList(), total, page, size);
	}

	/** Everyone in the viewer's scope matching the filter, for export (birth dates as for {@link #page}). */
	public List<StaffRow> all(Viewer viewer, StaffFilter filter) {
		return jdbc.sql(COLUMNS + FROM + " order by s.sort_key, s.id").params(params(viewer, filter))
			.query(Rows.as(StaffRow.class)).list().stream().map(row -> privacy(viewer, row)).toList();
	}

	/** One person as of the date, if assigned within the viewer's scope then; else "not found". */
	public StaffRow find(Viewer viewer, long id, LocalDate asOf) {
		return jdbc.sql(COLUMNS + FROM + " and s.id = :id").params(params(viewer, StaffFilter.asOf(asOf)))
			.param("id", id).query(Rows.as(StaffRow.class)).optional().map(row -> privacy(viewer, row))
			.orElseThrow(() -> new RecordNotFoundException("staff", id));
	}

	/**
	 * One person with their current assignment or, when none is current, their last one, if that assignment lies in
	 * the viewer's scope; else "not found".
	 */
	public StaffRow findLatest(Viewer viewer, long id, LocalDate today) {
		LocalDate lastDay = jdbc.sql("""
				select case when bool_or(valid_from <= :today and (valid_to is null or valid_to > :today)) then :today
				            else max(valid_to) - 1 end
				from staff.assignment where staff_id = :id and valid_from <= :today""")
			.param("id", id).param("today", today).query(LocalDate.class).optional().orElse(null);
		return find(viewer, id, lastDay == null ? today : lastDay);
	}

	private static StaffRow privacy(Viewer viewer, StaffRow row) {
		return viewer.mayManageStaff() ? row : row.withoutPersonalData();
	}

	/** Every assignment of a person, newest first (the caller has checked the person is in scope). */
	public List<AssignmentView> assignments(long staffId) {
		return jdbc.sql("""
				select a.id, u.id as unit_id, u.code as unit_code, u.name as unit_name, a.position, a.leadership,
				       a.valid_from, a.valid_to
				from staff.assignment a join orgunit.published_unit u on u.id = a.unit_id
				where a.staff_id = :id order by a.valid_from desc""")
			.param("id", staffId).query(Rows.as(AssignmentView.class)).list();
	}

	/** The head of the unit on {@code day} (the latest head assignment covering it), if there was one. */
	public java.util.Optional<Long> headOf(long unitId, LocalDate day) {
		return jdbc.sql("""
				select staff_id from staff.assignment where unit_id = :unit and leadership = 'HEAD'
				  and valid_from <= :day and (valid_to is null or valid_to > :day) order by valid_from desc limit 1""")
			.param("unit", unitId).param("day", day).query(Long.class).optional();
	}

	/**
	 * A leader of the unit on {@code day} (the latest assignment with that leadership covering it), with the post as
	 * recorded ("Chủ tịch", "Phó Chủ tịch"), if there was one.
	 */
	public java.util.Optional<Leader> leaderOf(long unitId, Leadership leadership, LocalDate day) {
		return jdbc.sql("""
				select a.staff_id, m.full_name, a.position
				from staff.assignment a join staff.staff_member m on m.id = a.staff_id
				where a.unit_id = :unit and a.leadership = :leadership
				  and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
				order by a.valid_from desc, a.id limit 1""")
			.param("unit", unitId).param("leadership", leadership.name()).param("day", day)
			.query(Rows.as(Leader.class)).optional();
	}

	/** A leader of a unit on a day: who, and the post as recorded. */
	public record Leader(long staffId, String fullName, String position) {
	}

	/** Which of {@code staffCodes} are already taken, in one query. */
	public java.util.Set<String> existingCodes(java.util.Collection<String> staffCodes) {
		if (staffCodes.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(jdbc.sql("select staff_code from staff.staff_member where staff_code in (:codes)")
			.param("codes", staffCodes).query(String.class).list());
	}

	/** A person's full name, or an empty text for an unknown id. */
	public String nameOf(long staffId) {
		return jdbc.sql("select full_name from staff.staff_member where id = :id").param("id", staffId)
			.query(String.class).optional().orElse("");
	}

	/** A person's e-mail, for the form that corrects it (the caller has checked the person is in scope). */
	public @org.jspecify.annotations.Nullable String emailOf(long staffId) {
		return jdbc.sql("select coalesce(email, '') from staff.staff_member where id = :id").param("id", staffId)
			.query(String.class).optional().orElse(null);
	}

	public boolean codeExists(String staffCode) {
		return jdbc.sql("select exists (select 1 from staff.staff_member where staff_code = :code)")
			.param("code", staffCode).query(Boolean.class).single();
	}

	/** The id of the person with this staff code, if assigned within the viewer's scope on the day. */
	public java.util.Optional<Long> idOfCode(Viewer viewer, String staffCode, LocalDate asOf) {
		return jdbc.sql("select s.id " + FROM + " and s.staff_code = :code").params(params(viewer, StaffFilter.asOf(asOf)))
			.param("code", staffCode).query(Long.class).optional();
	}

	private java.util.Map<String, Object> params(Viewer viewer, StaffFilter filter) {
		String text = filter.text() == null ? "" : filter.text().strip();
		return java.util.Map.of("asOf", filter.asOf(), "scopePath", viewer.scopePath(),
				"text", VietnameseText.fold(text), "rawText", text, "pattern", VietnameseText.likePattern(text),
				"unitPath", filter.unitId() == null ? "" : units.pathOf(filter.unitId()));
	}
}
