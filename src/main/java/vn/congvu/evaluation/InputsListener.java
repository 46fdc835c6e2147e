package vn.congvu.evaluation;

import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.discipline.DisciplineDecided;
import vn.congvu.conduct.inspections.CorrectiveActionIssued;
import vn.congvu.conduct.inspections.CorrectiveActionRechecked;
import vn.congvu.conduct.violations.ViolationConfirmed;
import vn.congvu.feedback.HarassmentReportSubstantiated;
import vn.congvu.staff.StaffQueries;

/**
 * What other modules announce becomes scorecard input by itself, in the transaction of the announcement, so nothing
 * is typed twice and nothing is lost: confirmed violations (against the person, and against the unit's head at the
 * time), disciplinary decisions, substantiated harassment reports (against the unit's head), and corrective actions,
 * which become tasks of their owner.
 */
@Component
class InputsListener {

	private final JdbcClient jdbc;
	private final Tasks tasks;
	private final StaffQueries staff;

	InputsListener(JdbcClient jdbc, Tasks tasks, StaffQueries staff) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.staff = staff;
	}

	@EventListener
	void on(ViolationConfirmed event) {
		String ref = "violation-" + event.violationId();
		if (event.staffId() != null) {
			record(event.staffId(), "VIOLATION", event.severity().name(), event.occurredOn(), ref);
		}
		if (event.unitHeadId() != null && !event.unitHeadId().equals(event.staffId())) {
			record(event.unitHeadId(), "UNIT_VIOLATION", event.severity().name(), event.occurredOn(), ref);
		}
	}

	@EventListener
	void on(DisciplineDecided event) {
		record(event.staffId(), "DISCIPLINE", event.measure().name(), event.decisionDate(), "case-" + event.caseId());
	}

	@EventListener
	void on(HarassmentReportSubstantiated event) {
		staff.headOf(event.unitId(), event.occurredOn()).ifPresent(head -> record(head, "REPORT",
				event.kind().name(), event.occurredOn(), "report-" + event.reportId()));
	}

	@EventListener
	void on(CorrectiveActionIssued event) {
		Long owner = event.ownerStaffId() != null ? event.ownerStaffId()
				: staff.headOf(event.unitId(), event.dueOn()).orElse(null);
		if (owner != null) {
			tasks.fromOrigin(event.unitId(), owner, event.description(), TaskOrigin.CORRECTIVE_ACTION,
					"action-" + event.actionId(), event.dueOn());
		}
	}

	@EventListener
	void on(CorrectiveActionRechecked event) {
		tasks.settleFromOrigin(TaskOrigin.CORRECTIVE_ACTION, "action-" + event.actionId(), event.done(),
				event.recheckedOn(), event.note());
	}

	private void record(long staffId, String kind, String detail, LocalDate on, String ref) {
		jdbc.sql("""
				insert into evaluation.recorded_input (staff_id, kind, detail, occurred_on, source_ref)
				values (:s, :k, :d, :on, :ref) on conflict do nothing""").param("s", staffId).param("k", kind)
			.param("d", detail).param("on", on).param("ref", ref).update();
	}
}
