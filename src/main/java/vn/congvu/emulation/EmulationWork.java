package vn.congvu.emulation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkItems;

/**
 * The council sessions open for the person's vote: they sit on the council and a proposal put to the session has
 * neither their vote nor their recusal yet. Only the person's own participation is read, never a choice.
 */
@Component
class EmulationWork implements WorkItems {

	private final JdbcClient jdbc;

	EmulationWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record OpenSession(long id, String councilName, LocalDate heldOn) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> itemsFor(Viewer viewer, LocalDate today) {
		if (viewer.staffId() == null) {
			return List.of();
		}
		return jdbc.sql("""
				select s.id, c.name as council_name, s.held_on
				from emulation.session s
				join emulation.council c on c.id = s.council_id
				join emulation.council_member m on m.council_id = c.id and m.staff_id = :me
				where s.status = 'OPEN'
				  and exists (select 1 from emulation.proposal p where p.session_id = s.id
				              and not exists (select 1 from emulation.ballot_participation b where b.session_id = s.id
				                              and b.proposal_id = p.id and b.member_id = :me))
				order by s.held_on, s.id""").param("me", viewer.staffId())
			.query(Rows.as(OpenSession.class)).list().stream()
			.map(s -> new Item("home.kind.councilBallot", s.councilName(), "/emulation/sessions/" + s.id(), s.heldOn(),
					s.heldOn().isBefore(today)))
			.toList();
	}
}
