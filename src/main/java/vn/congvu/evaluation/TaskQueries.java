package vn.congvu.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Reads tasks: the viewer's own (as owner or co-worker), those of the units in scope for heads and officers, one
 * task with its history, and the overdue and reworked tasks per unit and head. Anyone else's task is "not found".
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

	static final String SELECT = """
			select t.id, t.unit_id, u.name as unit_name, t.owner_staff_id, m.full_name as owner_name, t.title,
			       t.expected_product, t.steps, t.origin, t.origin_ref, t.due_on, t.status, t.progress_percent,
			       t.submitted_on, t.first_submitted_late, t.rework_count, t.accepted_on, t.objective_cause,
			       t.assigned_by, (t.status not in ('ACCEPTED', 'CANCELLED') and t.due_on < :today) as overdue,
			       cast(null as text[]) as coworkers, cast(null as text[]) as history
			from evaluation.task t
			join orgunit.published_unit u on u.id = t.unit_id
			join staff.published_member m on m.id = t.owner_staff_id
			""";

	private static final String MINE = "(t.owner_staff_id = :me or exists (select 1 from evaluation.task_coworker c "
			+ "where c.task_id = t.id and c.staff_id = :me))";

	private final JdbcClient jdbc;
	private final Clock clock;

	TaskQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Open tasks first (overdue on top), then by deadline. */
	private static final String ORDER = " order by t.status in ('ACCEPTED', 'CANCELLED'), t.due_on, t.id limit 500";

	/** The tasks the viewer owns or works on. */
	public List<TaskView> mine(Viewer viewer) {
		return jdbc.sql(SELECT + " where " + MINE + ORDER).param("me", me(viewer)).param("today", today())
			.query(Rows.as(TaskView.class)).list().stream().map(t -> t.withDetails(List.of(), List.of())).toList();
	}

	/** The tasks of the units in scope (heads, officers, leaders); nothing for staff and inspectors. */
	public List<TaskView> inScope(Viewer viewer, boolean overdueOnly) {
		if (!viewer.mayReadUnitScorecards()) {
			return List.of();
		}
		return jdbc.sql(SELECT + """
				where u.path like :scope || '%'
				  and (not :overdue or (t.status not in ('ACCEPTED', 'CANCELLED') and t.due_on < :today))""" + ORDER)
			.param("scope", viewer.scopePath()).param("overdue", overdueOnly).param("today", today())
			.query(Rows.as(TaskView.class)).list().stream().map(t -> t.withDetails(List.of(), List.of())).toList();
	}

	/** One task with its co-workers and history. */
	public TaskView find(Viewer viewer, long id) {
		return readable(jdbc, viewer, id, today());
	}

	static TaskView readable(JdbcClient jdbc, Viewer viewer, long id, LocalDate today) {
		TaskView task = jdbc.sql(SELECT + " where t.id = :id and (" + MINE + " or (:unitWide and u.path like :scope || '%'))")
			.param("id", id).param("me", me(viewer)).param("unitWide", viewer.mayReadUnitScorecards())
			.param("scope", viewer.scopePath()).param("today", today).query(Rows.as(TaskView.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("task", id));
		List<String> coworkers = jdbc.sql("""
				select m.full_name from evaluation.task_coworker c join staff.published_member m on m.id = c.staff_id
				where c.task_id = :id order by m.sort_key""").param("id", id).query(String.class).list();
		List<TaskView.Step> steps = jdbc.sql("select kind, note, actor, at from evaluation.task_step where task_id = :id order by id")
			.param("id", id).query(Rows.as(TaskView.Step.class)).list();
		return task.withDetails(coworkers, steps);
	}

	/** Overdue and reworked tasks per unit, with the head who answers for the unit. */
	public record UnitTaskRow(long unitId, String unitName, String headName, long total, long open, long overdue,
			long late, long reworked) {
	}

	public List<UnitTaskRow> perUnit(Viewer viewer) {
		if (!viewer.mayReadUnitScorecards()) {
			return List.of();
		}
		return jdbc.sql("""
				select u.id as unit_id, u.name as unit_name, coalesce(h.full_name, '') as head_name, count(*) as total,
				       count(*) filter (where t.status not in ('ACCEPTED', 'CANCELLED')) as open,
				       count(*) filter (where t.status not in ('ACCEPTED', 'CANCELLED') and t.due_on < :today) as overdue,
				       count(*) filter (where t.first_submitted_late) as late,
				       count(*) filter (where t.rework_count > 0) as reworked
				from evaluation.task t
				join orgunit.published_unit u on u.id = t.unit_id
				left join lateral (
				    select m.full_name from staff.published_assignment a join staff.published_member m on m.id = a.staff_id
				    where a.unit_id = u.id and a.leadership = 'HEAD' and a.valid_from <= :today
				      and (a.valid_to is null or a.valid_to > :today) limit 1) h on true
				where u.path like :scope || '%'
				group by u.id, u.name, h.full_name
				order by overdue desc, reworked desc, u.name""").param("scope", viewer.scopePath())
			.param("today", today()).query(Rows.as(UnitTaskRow.class)).list();
	}

	/** The per-unit table as an xlsx file (numbers as numbers). */
	public byte[] perUnitXlsx(Viewer viewer) {
		List<Object[]> rows = perUnit(viewer).stream().map(r -> new Object[] { r.unitName(), r.headName(), r.total(),
				r.open(), r.overdue(), r.late(), r.reworked() }).toList();
		return Sheets.write("Nhiệm vụ", List.of("Đơn vị", "Thủ trưởng", "Tổng số nhiệm vụ", "Đang thực hiện",
				"Quá hạn", "Nộp trễ hạn", "Bị trả lại"), rows);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static long me(Viewer viewer) {
		return viewer.staffId() == null ? -1L : viewer.staffId();
	}
}
