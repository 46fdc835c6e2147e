package vn.congvu.evaluation;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.UnitsReorganised;
import vn.congvu.platform.AuditLog;

/**
 * The open tasks of a unit that ends go on in its heir (with their owners, who go on working there). Scorecards are
 * of months before the change and stay with the former unit, where they are still approved; the reorganisation's
 * consequences say how many wait.
 */
@Component
class TasksFollowUnits {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;

	TasksFollowUnits(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	@EventListener
	void on(UnitsReorganised event) {
		for (long ended : event.endedUnitIds()) {
			String name = units.find(ended).name();
			Long heir = event.heirOf().get(ended);
			if (heir != null) {
				int tasks = jdbc.sql("""
						update evaluation.task set unit_id = :heir
						where unit_id = :u and status in ('OPEN', 'SUBMITTED', 'REWORK')""")
					.param("heir", heir).param("u", ended).update();
				if (tasks > 0) {
					audit.record("task.followUnit", "reorganisation", event.reorganisationId(), null,
							Map.of("tasks", tasks, "from", ended, "to", heir));
					event.consequences().add("reorganisation.carried.tasks", tasks, name, units.find(heir).name());
				}
			}
			long waiting = jdbc.sql("""
					select count(*) from evaluation.scorecard
					where unit_id = :u and current and status in ('DRAFT', 'SELF_ASSESSED', 'REVIEWED')""")
				.param("u", ended).query(Long.class).single();
			if (waiting > 0) {
				event.consequences().add("reorganisation.carried.scorecardsStay", waiting, name);
			}
		}
	}
}
