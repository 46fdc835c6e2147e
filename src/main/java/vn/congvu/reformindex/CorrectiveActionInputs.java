package vn.congvu.reformindex;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.inspections.CorrectiveActionIssued;
import vn.congvu.conduct.inspections.CorrectiveActionRechecked;

/**
 * Corrective actions as conduct announces them (issued with a due day, then re-checked), kept for the PAR Index's
 * line "corrective actions done on time", in the transaction of the announcement.
 */
@Component
class CorrectiveActionInputs {

	private final JdbcClient jdbc;

	CorrectiveActionInputs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CorrectiveActionIssued event) {
		jdbc.sql("""
				insert into reformindex.corrective_action (action_id, unit_id, due_on) values (:a, :u, :d)
				on conflict (action_id) do update set unit_id = excluded.unit_id, due_on = excluded.due_on""")
			.param("a", event.actionId()).param("u", event.unitId()).param("d", event.dueOn()).update();
	}

	@EventListener
	void on(CorrectiveActionRechecked event) {
		jdbc.sql("update reformindex.corrective_action set done = :d, rechecked_on = :on where action_id = :a")
			.param("d", event.done()).param("on", event.recheckedOn()).param("a", event.actionId()).update();
	}
}
