package vn.congvu.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.TextLimits;

/**
 * Nhiệm vụ "5 rõ": a leader, officer or unit head assigns a task to one accountable owner of the scope; the owner
 * and co-workers report progress and submit the product; the assigner's side accepts it or sends it back.
 * Reassigning needs a reason; every step is kept in the task's history and the audit log.
 */
@Service
@Transactional
public class Tasks {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final OrgUnitQueries units;
	private final int horizonDays;

	Tasks(JdbcClient jdbc, AuditLog audit, Clock clock, OrgUnitQueries units,
			@Value("${congvu.evaluation.deadline-horizon-days:366}") int horizonDays) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.units = units;
		this.horizonDays = horizonDays;
	}

	/** Assigns a task; returns its id. */
	public long assign(Viewer viewer, NewTask task) {
		return assign(viewer, task, new Problems());
	}

	/**
	 * Assigns a task unless it or the form has a problem: {@code problems} holds those found before (values the form
	 * could not read); every rule's problem is added and all are refused at once.
	 */
	public long assign(Viewer viewer, NewTask task, Problems problems) {
		NotPermittedException.unless(viewer.mayAssignTasks());
		boolean unitFine = problems.require(task.unitId() > 0, "unitId", "form.chooseOne")
				&& problems.require(units.inScope(viewer, task.unitId()), "unitId", "task.unitOutOfScope");
		problems.check("title", () -> TextLimits.requireFilled(task.title(), 500, "task.titleRequired"));
		problems.check("expectedProduct", 
				() -> TextLimits.requireFilled(task.expectedProduct(), 1_000, "task.productRequired"));
		problems.check("steps", () -> TextLimits.require(task.steps(), 5_000));
		problems.check("originRef", () -> TextLimits.require(task.originRef(), 200));
		LocalDate today = LocalDate.now(clock);
		if (task.dueOn() == null) {
			problems.add("dueOn", "task.deadlineRequired"); // kept only if the day was not typed at all
		}
		else {
			problems.require(!task.dueOn().isBefore(today), "dueOn", "task.deadlineInPast");
			problems.require(!task.dueOn().isAfter(today.plusDays(horizonDays)), "dueOn", "error.deadlineTooFar",
					horizonDays);
		}
		Long owner = unitFine ? problems.check("ownerCode", () -> memberOf(task.unitId(), task.ownerCode(), today))
				: null;
		List<Long> coworkers = new ArrayList<>();
		for (String code : unitFine ? task.coworkerCodes() : List.<String>of()) {
			Long coworker = problems.check("coworkerCodes", () -> memberOf(task.unitId(), code, today));
			if (coworker != null && coworker.equals(owner)) {
				problems.add("coworkerCodes", "task.ownerIsCoworker");
			}
			else if (coworker != null && !coworkers.contains(coworker)) {
				coworkers.add(coworker);
			}
		}
		problems.refuseIfAny();
		long id = insert(task, owner, viewer.displayName());
		for (long coworker : coworkers) {
			jdbc.sql("insert into evaluation.task_coworker (task_id, staff_id) values (:t, :s)").param("t", id)
				.param("s", coworker).update();
		}
		step(id, "ASSIGNED", null, viewer);
		audit.record("task.assign", "task", id, null, Map.of("unitId", task.unitId(), "owner", owner,
				"dueOn", task.dueOn().toString(), "origin", task.origin().name()));
		return id;
	}

	/**
	 * A task from another module (a corrective action of an inspection): stored once per origin reference, owned by
	 * the person named there. Returns the id, or the existing one.
	 */
	long fromOrigin(long unitId, long ownerStaffId, String title, TaskOrigin origin, String originRef, LocalDate dueOn) {
		Long existing = jdbc.sql("select id from evaluation.task where origin = :o and origin_ref = :r")
			.param("o", origin.name()).param("r", originRef).query(Long.class).optional().orElse(null);
		if (existing != null) {
			return existing;
		}
		String product = "Báo cáo kết quả khắc phục kèm minh chứng";
		long id = insert(new NewTask(unitId, "", List.of(), title.length() > 500 ? title.substring(0, 500) : title,
				product, null, origin, originRef, dueOn), ownerStaffId, Viewer.system().displayName());
		step(id, "ASSIGNED", null, Viewer.system());
		audit.record("task.fromOrigin", "task", id, null, Map.of("origin", origin.name(), "ref", originRef));
		return id;
	}

	/** Closes a task that came from another module, as that module decided (re-check done or not). */
	void settleFromOrigin(TaskOrigin origin, String originRef, boolean done, LocalDate on, @Nullable String note) {
		jdbc.sql("select id from evaluation.task where origin = :o and origin_ref = :r and status not in ('ACCEPTED', 'CANCELLED')")
			.param("o", origin.name()).param("r", originRef).query(Long.class).optional().ifPresent(id -> {
				if (done) {
					jdbc.sql("""
							update evaluation.task set status = 'ACCEPTED', accepted_on = :on, progress_percent = 100,
							    submitted_on = coalesce(submitted_on, :on),
							    first_submitted_late = first_submitted_late or (submitted_on is null and :on > due_on)
							where id = :id""").param("on", on).param("id", id).update();
				}
				else {
					jdbc.sql("update evaluation.task set status = 'REWORK', rework_count = rework_count + 1 where id = :id")
						.param("id", id).update();
				}
				step(id, done ? "ACCEPTED" : "SENT_BACK", note, Viewer.system());
				audit.record("task.settleFromOrigin", "task", id, null, Map.of("done", done));
			});
	}

	/** Hands the task to another owner of the unit; the reason is kept. */
	public void reassign(Viewer viewer, long id, String newOwnerCode, String reason) {
		TaskView task = requireAssigner(viewer, id);
		requireReason(reason);
		long owner = memberOf(task.unitId(), newOwnerCode, LocalDate.now(clock));
		if (owner == task.ownerStaffId()) {
			throw new InvalidInputException("task.sameOwner");
		}
		jdbc.sql("delete from evaluation.task_coworker where task_id = :t and staff_id = :s").param("t", id)
			.param("s", owner).update();
		jdbc.sql("update evaluation.task set owner_staff_id = :o where id = :id").param("o", owner).param("id", id)
			.update();
		step(id, "REASSIGNED", reason.strip(), viewer);
		audit.record("task.reassign", "task", id, Map.of("owner", task.ownerStaffId()),
				Map.of("owner", owner, "reason", reason.strip()));
	}

	/** The owner or a co-worker reports progress (a percentage and a note). */
	public void reportProgress(Viewer viewer, long id, int percent, String note) {
		TaskView task = requireWorker(viewer, id);
		if (percent < 0 || percent > 100) {
			throw new InvalidInputException("task.percent");
		}
		TextLimits.require(note, 2_000);
		jdbc.sql("update evaluation.task set progress_percent = :p where id = :id").param("p", percent)
			.param("id", id).update();
		step(id, "PROGRESS", percent + "%" + (note == null || note.isBlank() ? "" : " – " + note.strip()), viewer);
		audit.record("task.progress", "task", id, Map.of("percent", task.progressPercent()), Map.of("percent", percent));
	}

	/** The owner submits the product for acceptance; a first submission after the deadline counts as late. */
	public void submit(Viewer viewer, long id, String note) {
		TaskView task = requireWorker(viewer, id);
		if (!viewer.isStaff(task.ownerStaffId())) {
			throw new NotPermittedException("task.onlyOwnerSubmits");
		}
		TextLimits.require(note, 2_000);
		LocalDate today = LocalDate.now(clock);
		move(id, task.status(), TaskStatus.SUBMITTED, List.of(TaskStatus.OPEN, TaskStatus.REWORK), """
				submitted_on = :today, progress_percent = 100,
				first_submitted_late = first_submitted_late or (submitted_on is null and :today > due_on)""", today);
		step(id, "SUBMITTED", blankToNull(note), viewer);
		audit.record("task.submit", "task", id, Map.of("status", task.status().name()), Map.of("status", "SUBMITTED"));
	}

	/** The assigner's side accepts the product. */
	public void accept(Viewer viewer, long id) {
		TaskView task = requireAssigner(viewer, id);
		move(id, task.status(), TaskStatus.ACCEPTED, List.of(TaskStatus.SUBMITTED), "accepted_on = :today",
				LocalDate.now(clock));
		step(id, "ACCEPTED", null, viewer);
		audit.record("task.accept", "task", id, Map.of("status", task.status().name()), Map.of("status", "ACCEPTED"));
	}

	/** The assigner's side sends the product back for rework, with a reason; each time counts against quality. */
	public void sendBack(Viewer viewer, long id, String reason) {
		TaskView task = requireAssigner(viewer, id);
		requireReason(reason);
		move(id, task.status(), TaskStatus.REWORK, List.of(TaskStatus.SUBMITTED), "rework_count = rework_count + 1",
				LocalDate.now(clock));
		step(id, "SENT_BACK", reason.strip(), viewer);
		audit.record("task.sendBack", "task", id, Map.of("reworks", task.reworkCount()),
				Map.of("reworks", task.reworkCount() + 1, "reason", reason.strip()));
	}

	/** Accepts an objective cause for lateness or rework: the task then costs no points (Decree 335/2025). */
	public void acceptObjectiveCause(Viewer viewer, long id, String cause) {
		requireAssigner(viewer, id);
		requireReason(cause);
		jdbc.sql("update evaluation.task set objective_cause = :c where id = :id").param("c", cause.strip())
			.param("id", id).update();
		step(id, "OBJECTIVE_CAUSE", cause.strip(), viewer);
		audit.record("task.objectiveCause", "task", id, null, Map.of("cause", cause.strip()));
	}

	private void move(long id, TaskStatus from, TaskStatus to, List<TaskStatus> allowed, String set, LocalDate today) {
		if (!allowed.contains(from)) {
			throw new InvalidInputException("task.illegalStep");
		}
		int changed = jdbc.sql("update evaluation.task set status = :to, " + set + " where id = :id and status = :from")
			.param("to", to.name()).param("from", from.name()).param("today", today).param("id", id).update();
		if (changed != 1) {
			throw new vn.congvu.shared.ConflictException("task.changedMeanwhile");
		}
	}

	private long insert(NewTask task, long owner, String assignedBy) {
		return jdbc.sql("""
				insert into evaluation.task (unit_id, owner_staff_id, title, expected_product, steps, origin, origin_ref,
				    due_on, status, assigned_by, assigned_at)
				values (:unit, :owner, :title, :product, :steps, :origin, :ref, :due, 'OPEN', :by, :at) returning id""")
			.param("unit", task.unitId()).param("owner", owner).param("title", task.title().strip())
			.param("product", task.expectedProduct().strip()).param("steps", blankToNull(task.steps()))
			.param("origin", task.origin().name()).param("ref", blankToNull(task.originRef()))
			.param("due", task.dueOn()).param("by", assignedBy).param("at", OffsetDateTime.now(clock))
			.query(Long.class).single();
	}

	private void step(long id, String kind, @Nullable String note, Viewer viewer) {
		jdbc.sql("insert into evaluation.task_step (task_id, kind, note, actor, at) values (:t, :k, :n, :a, :at)")
			.param("t", id).param("k", kind).param("n", note).param("a", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).update();
	}

	/** The staff member with this code assigned, today, to the unit or a unit under it. */
	private long memberOf(long unitId, String code, LocalDate day) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("task.ownerRequired");
		}
		TextLimits.require(code, 30);
		return jdbc.sql("""
				select m.id from staff.published_member m
				join staff.published_assignment a on a.staff_id = m.id
				join orgunit.published_unit u on u.id = a.unit_id
				where lower(m.staff_code) = lower(:code) and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
				  and u.path like (select path from orgunit.published_unit where id = :unit) || '%'
				limit 1""").param("code", code.strip()).param("day", day).param("unit", unitId).query(Long.class)
			.optional().orElseThrow(() -> new InvalidInputException("task.personNotInUnit", code.strip()));
	}

	private TaskView requireAssigner(Viewer viewer, long id) {
		TaskView task = readable(viewer, id);
		if (!viewer.mayAssignTasks() || viewer.isStaff(task.ownerStaffId())) {
			throw new NotPermittedException("task.notAssigner");
		}
		return task;
	}

	private TaskView requireWorker(Viewer viewer, long id) {
		TaskView task = readable(viewer, id);
		boolean coworker = viewer.staffId() != null && jdbc.sql(
				"select count(*) from evaluation.task_coworker where task_id = :t and staff_id = :s")
			.param("t", id).param("s", viewer.staffId()).query(Long.class).single() > 0;
		if (!viewer.isStaff(task.ownerStaffId()) && !coworker) {
			throw new NotPermittedException("task.notWorker");
		}
		return task;
	}

	private TaskView readable(Viewer viewer, long id) {
		return TaskQueries.readable(jdbc, viewer, id, LocalDate.now(clock));
	}

	private static String requireReason(@Nullable String reason) {
		return TextLimits.requireReason(reason, "task.reasonRequired", 2_000);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
