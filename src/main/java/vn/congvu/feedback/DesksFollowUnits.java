package vn.congvu.feedback;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.UnitsReorganised;
import vn.congvu.platform.AuditLog;

/**
 * The one-stop desks of a unit that ends go on serving in its heir: the desk keeps its code (its printed QR posters
 * still work), its kiosks and its duty roster, and its ratings count for the heir from the effective date. Desks of a
 * dissolved unit stay where they are, named in the reorganisation's consequences for the officer to move or close.
 */
@Component
class DesksFollowUnits {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;

	DesksFollowUnits(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	@EventListener
	void on(UnitsReorganised event) {
		for (long ended : event.endedUnitIds()) {
			List<String> desks = jdbc.sql("""
					select code from feedback.service_point
					where unit_id = :u and (valid_to is null or valid_to > :date) order by code""")
				.param("u", ended).param("date", event.effectiveDate()).query(String.class).list();
			if (desks.isEmpty()) {
				continue;
			}
			Long heir = event.heirOf().get(ended);
			String name = units.find(ended).name();
			if (heir == null) {
				event.consequences().add("reorganisation.carried.desksStay", desks.size(), name, String.join(", ", desks));
				continue;
			}
			jdbc.sql("""
					update feedback.service_point set unit_id = :heir
					where unit_id = :u and (valid_to is null or valid_to > :date)""")
				.param("heir", heir).param("u", ended).param("date", event.effectiveDate()).update();
			audit.record("servicePoint.followUnit", "reorganisation", event.reorganisationId(), null,
					java.util.Map.of("desks", desks, "from", ended, "to", heir));
			event.consequences().add("reorganisation.carried.desks", desks.size(), name, String.join(", ", desks),
					units.find(heir).name());
		}
	}
}
