package vn.congvu.staff;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.UnitsReorganised;
import vn.congvu.platform.AuditLog;

/**
 * When units end in a reorganisation, the assignments to them end on the same day. It runs in the reorganisation's
 * transaction, so the tree and the staff records never disagree. Moving people to the successors is a separate,
 * deliberate decision (a transfer).
 */
@Component
class ReorganisationListener {

	private final JdbcClient jdbc;
	private final AuditLog audit;

	ReorganisationListener(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@EventListener
	void on(UnitsReorganised event) {
		if (event.endedUnitIds().isEmpty()) {
			return;
		}
		int ended = jdbc.sql("""
				update staff.assignment set valid_to = :date
				where unit_id in (:units) and valid_from < :date and (valid_to is null or valid_to > :date)""")
			.param("date", event.effectiveDate()).param("units", event.endedUnitIds()).update();
		audit.record("staff.assignmentsEnded", "reorganisation", event.reorganisationId(), null,
				java.util.Map.of("endedAssignments", ended, "on", event.effectiveDate()));
	}
}
