package vn.congvu.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;

/** Published contacts of units (Directive 10/CT-TTg): hotline, e-mail, the head's citizen-reception schedule. */
@Service
@Transactional(readOnly = true)
public class UnitContacts {

	private final JdbcClient jdbc;

	private final Clock clock;

	UnitContacts(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** A unit's published contact. */
	public record Contact(long unitId, String unitName, String hotline, String email, String receptionSchedule) {
	}

	/** Contacts of the units in operation today, by name. */
	public List<Contact> current() {
		return jdbc.sql("""
				select c.unit_id, u.name as unit_name, c.hotline, c.email, c.reception_schedule
				from feedback.unit_contact c join orgunit.published_unit u on u.id = c.unit_id
				where u.valid_to is null or u.valid_to > :today
				order by u.name""").param("today", LocalDate.now(clock)).query(Rows.as(Contact.class)).list();
	}

	/** A unit's published contact, if it has one. */
	public java.util.Optional<Contact> of(long unitId) {
		return jdbc.sql("""
				select c.unit_id, u.name as unit_name, c.hotline, c.email, c.reception_schedule
				from feedback.unit_contact c join orgunit.published_unit u on u.id = c.unit_id
				where c.unit_id = :u""").param("u", unitId).query(Rows.as(Contact.class)).optional();
	}
}
