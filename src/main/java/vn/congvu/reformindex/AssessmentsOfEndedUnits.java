package vn.congvu.reformindex;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.UnitsReorganised;

/**
 * A unit that ends while its PAR self-assessment is open keeps it: the index ranks the units that exist on the last
 * day of the year, so the officer decides (lock it, or open the methodology for the heir). The reorganisation's
 * consequences name each one.
 */
@Component
class AssessmentsOfEndedUnits {

	private final JdbcClient jdbc;

	AssessmentsOfEndedUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Open(String unitName, String methodologyName) {
	}

	@EventListener
	void on(UnitsReorganised event) {
		if (event.endedUnitIds().isEmpty()) {
			return;
		}
		List<Open> open = jdbc.sql("""
				select u.name as unit_name, m.name as methodology_name
				from reformindex.assessment a
				join reformindex.methodology m on m.id = a.methodology_id
				join orgunit.published_unit u on u.id = a.unit_id
				where a.unit_id in (:units) and a.status <> 'FINAL' and m.status = 'IN_USE'
				order by u.name""").param("units", event.endedUnitIds())
			.query(vn.congvu.platform.Rows.as(Open.class)).list();
		open.forEach(o -> event.consequences().add("reorganisation.carried.assessmentsStay", o.unitName(),
				o.methodologyName()));
	}
}
