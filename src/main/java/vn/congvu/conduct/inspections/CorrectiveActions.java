package vn.congvu.conduct.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/**
 * Yêu cầu khắc phục: set during a visit with an owner and a deadline, listed for the unit once the conclusion is
 * confirmed, verified at a re-check. An open action past its deadline is overdue.
 */
@Service
@Transactional
public class CorrectiveActions {

	private static final String SELECT = """
			select c.id, c.plan_id, p.title as plan_title, c.unit_id, u.name as unit_name, c.owner_staff_id,
			       s.full_name as owner_name, c.description, c.due_on, c.status, c.rechecked_on, c.recheck_note,
			       (c.status = 'OPEN' and c.due_on < :today) as overdue
			from conduct.corrective_action c
			join conduct.inspection_plan p on p.id = c.plan_id
			join orgunit.published_unit u on u.id = c.unit_id
			left join staff.published_member s on s.id = c.owner_staff_id
			""";

	/** Actions of confirmed conclusions within the scope: what the unit has been asked to do. */
	private static final String CONFIRMED_IN_SCOPE = SELECT + """
			join conduct.conclusion k on k.plan_id = c.plan_id and k.confirmed_at is not null
			where u.path like :scope || '%'
			""";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;
	private final int deadlineHorizonDays;
	private final org.springframework.context.ApplicationEventPublisher events;

	CorrectiveActions(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${congvu.conduct.deadline-horizon-days:366}") int deadlineHorizonDays,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.deadlineHorizonDays = deadlineHorizonDays;
	}

	/** Adds an action to a visit the caller conducts (checked by the caller). */
	long add(InspectionPlanView plan, long unitId, @Nullable Long ownerStaffId, String description, LocalDate dueOn) {
		if (description == null || description.isBlank()) {
			throw new InvalidInputException("action.descriptionRequired");
		}
		TextLimits.require(description, Violations.MAX_TEXT);
		LocalDate today = LocalDate.now(clock);
		if (dueOn.isBefore(today)) {
			throw new InvalidInputException("action.deadlineInPast");
		}
		if (dueOn.isAfter(today.plusDays(deadlineHorizonDays))) {
			throw new InvalidInputException("error.deadlineTooFar", deadlineHorizonDays);
		}
		long id = jdbc.sql("""
				insert into conduct.corrective_action (plan_id, unit_id, owner_staff_id, description, due_on)
				values (:plan, :unit, :owner, :description, :due) returning id""")
			.param("plan", plan.id()).param("unit", unitId).param("owner", ownerStaffId)
			.param("description", description.strip()).param("due", dueOn).query(Long.class).single();
		audit.record("correctiveAction.add", "correctiveAction", id, null,
				Map.of("planId", plan.id(), "unitId", unitId, "dueOn", dueOn.toString()));
		return id;
	}

	@Transactional(readOnly = true)
	public List<CorrectiveActionView> ofPlan(long planId) {
		return jdbc.sql(SELECT + " where c.plan_id = :plan order by c.due_on, c.id").param("plan", planId)
			.param("today", LocalDate.now(clock)).query(Rows.as(CorrectiveActionView.class)).list();
	}

	/**
	 * The actions of confirmed conclusions in the viewer's scope, overdue first, then by deadline; with
	 * {@code overdueOnly} just the overdue ones. Staff see only the actions they own.
	 */
	@Transactional(readOnly = true)
	public List<CorrectiveActionView> inScope(Viewer viewer, boolean overdueOnly) {
		return jdbc.sql(CONFIRMED_IN_SCOPE + """
				and (not :overdueOnly or (c.status = 'OPEN' and c.due_on < :today))
				and (:all or c.owner_staff_id = :me)
				order by (c.status = 'OPEN' and c.due_on < :today) desc, c.status, c.due_on, c.id limit 500""")
			.param("scope", viewer.scopePath()).param("overdueOnly", overdueOnly)
			.param("all", viewer.mayReadCorrectiveActions())
			.param("me", viewer.staffId() == null ? -1L : viewer.staffId())
			.param("today", LocalDate.now(clock)).query(Rows.as(CorrectiveActionView.class)).list();
	}

	/** Records the re-check: done or not done, with a note; only officers who oversee do this. */
	public void recheck(Viewer viewer, long id, boolean done, String note) {
		CorrectiveActionView action = jdbc.sql(CONFIRMED_IN_SCOPE + " and c.id = :id")
			.param("scope", viewer.scopePath()).param("id", id).param("today", LocalDate.now(clock))
			.query(Rows.as(CorrectiveActionView.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("correctiveAction", id));
		if (!viewer.oversees()) { // a unit sees its actions but the re-check is not its own: not found
			throw new RecordNotFoundException("correctiveAction", id);
		}
		TextLimits.require(note, Violations.MAX_TEXT);
		if (action.status() != CorrectiveActionStatus.OPEN) {
			throw new InvalidInputException("action.alreadyRechecked");
		}
		CorrectiveActionStatus status = done ? CorrectiveActionStatus.DONE : CorrectiveActionStatus.NOT_DONE;
		jdbc.sql("""
				update conduct.corrective_action set status = :status, rechecked_on = :today, recheck_note = :note,
				    rechecked_by = :by where id = :id and status = 'OPEN'""")
			.param("status", status.name()).param("today", LocalDate.now(clock))
			.param("note", note == null || note.isBlank() ? null : note.strip()).param("by", viewer.username())
			.param("id", id).update();
		audit.record("correctiveAction.recheck", "correctiveAction", id, Map.of("status", "OPEN"),
				Map.of("status", status.name()));
		events.publishEvent(new CorrectiveActionRechecked(id, done, LocalDate.now(clock),
				note == null || note.isBlank() ? null : note.strip()));
	}
}
