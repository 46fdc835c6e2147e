package vn.congvu.staff;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.UnitsReorganised;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.AuditLog;

/**
 * When units end in a reorganisation, the people working in them go on working in the heir from the same day, in
 * the same posts (a former head becomes a deputy where the heir has a head already), unless the reorganisation leaves
 * each to be transferred by hand; the accounts scoped to an ended unit are scoped to its heir. It runs in the
 * reorganisation's transaction, so the tree, the staff records and the accounts never disagree, and it says what it
 * did in the reorganisation's consequences (shown in its preview).
 */
@Component
class ReorganisationListener {

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final OrgUnitQueries units;
	private final AuditLog audit;

	ReorganisationListener(JdbcClient jdbc, Accounts accounts, OrgUnitQueries units, AuditLog audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.units = units;
		this.audit = audit;
	}

	@EventListener
	void on(UnitsReorganised event) {
		if (event.endedUnitIds().isEmpty()) {
			return;
		}
		int carried = 0;
		for (long ended : event.endedUnitIds()) {
			Long heir = event.heirOf().get(ended);
			if (event.carryPeople() && heir != null) {
				carried += carry(event, ended, heir);
			}
			else {
				long people = current(ended, event);
				if (people > 0) {
					event.consequences().add("reorganisation.carried.peopleEnded", people, name(ended));
				}
			}
		}
		int ended = jdbc.sql("""
				update staff.assignment set valid_to = :date
				where unit_id in (:units) and valid_from < :date and (valid_to is null or valid_to > :date)""")
			.param("date", event.effectiveDate()).param("units", event.endedUnitIds()).update();
		audit.record("staff.assignmentsEnded", "reorganisation", event.reorganisationId(), null,
				Map.of("endedAssignments", ended, "carried", carried, "on", event.effectiveDate()));
		rescopeAccounts(event);
	}

	/** Assigns the ended unit's people to its heir from the effective date; returns how many. */
	private int carry(UnitsReorganised event, long ended, long heir) {
		int demoted = jdbc.sql("""
				select count(*) from staff.assignment a where a.unit_id = :ended and a.leadership = 'HEAD'
				  and a.valid_from < :date and (a.valid_to is null or a.valid_to > :date)
				  and exists (select 1 from staff.assignment h where h.unit_id = :heir and h.leadership = 'HEAD'
				              and h.valid_from <= :date and (h.valid_to is null or h.valid_to > :date))""")
			.param("ended", ended).param("heir", heir).param("date", event.effectiveDate()).query(Integer.class).single();
		int people = jdbc.sql("""
				insert into staff.assignment (staff_id, unit_id, position, leadership, valid_from, valid_to)
				select a.staff_id, :heir, a.position,
				       case when a.leadership = 'HEAD' and exists (
				                 select 1 from staff.assignment h where h.unit_id = :heir and h.leadership = 'HEAD'
				                 and h.valid_from <= :date and (h.valid_to is null or h.valid_to > :date))
				            then 'DEPUTY' else a.leadership end,
				       :date, a.valid_to
				from staff.assignment a
				where a.unit_id = :ended and a.valid_from < :date and (a.valid_to is null or a.valid_to > :date)
				order by (a.leadership is distinct from 'HEAD'), a.id""")
			.param("ended", ended).param("heir", heir).param("date", event.effectiveDate()).update();
		if (people > 0) {
			event.consequences().add("reorganisation.carried.people", people, name(ended), name(heir));
		}
		if (demoted > 0) {
			event.consequences().add("reorganisation.carried.headsDemoted", demoted, name(ended), name(heir));
		}
		return people;
	}

	private void rescopeAccounts(UnitsReorganised event) {
		for (long ended : event.endedUnitIds()) {
			Long heir = event.heirOf().get(ended);
			if (heir != null) {
				int moved = accounts.rescope(ended, heir);
				if (moved > 0) {
					event.consequences().add("reorganisation.carried.accounts", moved, name(ended), name(heir));
				}
			}
			else {
				long staying = accounts.scopedTo(ended);
				if (staying > 0) {
					event.consequences().add("reorganisation.carried.accountsStay", staying, name(ended));
				}
			}
		}
	}

	private long current(long unit, UnitsReorganised event) {
		return jdbc.sql("""
				select count(*) from staff.assignment
				where unit_id = :unit and valid_from < :date and (valid_to is null or valid_to > :date)""")
			.param("unit", unit).param("date", event.effectiveDate()).query(Long.class).single();
	}

	private String name(long unit) {
		return units.find(unit).name();
	}
}
