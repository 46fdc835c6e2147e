package vn.congvu.conduct;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.UnitsReorganised;

/**
 * Conduct records concern what happened in a unit, so they stay with it when it ends: the reorganisation's
 * consequences count the open ones (violations not handled, cases not decided, inspection plans not concluded) so
 * that the officer goes on with them.
 */
@Component
class ConductOfEndedUnits {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;

	ConductOfEndedUnits(JdbcClient jdbc, OrgUnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	@EventListener
	void on(UnitsReorganised event) {
		for (long ended : event.endedUnitIds()) {
			long open = jdbc.sql("""
					select (select count(*) from conduct.violation v where v.unit_id = :u
					          and v.status not in ('HANDLED', 'DISMISSED'))
					     + (select count(*) from conduct.disciplinary_case c join conduct.violation v on v.id = c.violation_id
					          where v.unit_id = :u and c.stage not in ('DECIDED', 'NO_DISCIPLINE'))
					     + (select count(*) from conduct.inspection_plan p left join conduct.conclusion k on k.plan_id = p.id
					          where p.unit_id = :u and p.cancelled_at is null and k.confirmed_at is null)""")
				.param("u", ended).query(Long.class).single();
			if (open > 0) {
				event.consequences().add("reorganisation.carried.openWorkStay", open, units.find(ended).name());
			}
		}
	}
}
