package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;

/**
 * The rule that names the officer a rating counts for, evaluated by PostgreSQL on a desk's roster of 1 March 2001 (a
 * day the demo has no duty on): a morning shift and an afternoon one, and two duties that overlap as rows from before
 * the roster refused overlaps could.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerOnDutyIntegrationTests extends IntegrationTestSupport {

	@Autowired
	JdbcClient jdbc;

	private long desk;
	private List<Long> people;

	@BeforeAll
	void roster() {
		desk = jdbc.sql("select id from feedback.service_point where code = 'P00082-1'").query(Long.class).single();
		people = jdbc.sql("select id from staff.published_member order by id limit 3").query(Long.class).list();
		duty(0, "07:30", "11:30"); // the morning
		duty(1, "13:30", "17:00"); // the afternoon
		duty(2, "16:00", "18:00"); // overlapping the afternoon's end: it started later, so it counts from 16:00
	}

	private void duty(int person, String start, String end) {
		jdbc.sql("""
				insert into feedback.duty (service_point_id, staff_id, starts_at, ends_at)
				values (:p, :s, cast(:from as timestamptz), cast(:to as timestamptz))""").param("p", desk)
			.param("s", people.get(person)).param("from", "2001-03-01T" + start + ":00+07:00")
			.param("to", "2001-03-01T" + end + ":00+07:00").update();
	}

	@AfterAll
	void clear() {
		jdbc.sql("""
				delete from feedback.duty where service_point_id = :p
				and starts_at >= '2001-03-01T00:00:00+07:00' and starts_at < '2001-03-02T00:00:00+07:00'""")
			.param("p", desk).update();
	}

	@ParameterizedTest(name = "{0} → person {1}")
	@CsvSource({
			"07:29:59, ", // before the first shift: nobody
			"07:30:00, 0", // a shift covers its start
			"11:29:59, 0",
			"11:30:00, ", // and not its end
			"12:15:00, ", // the lunch break
			"13:30:00, 1",
			"15:59:59, 1",
			"16:00:00, 2", // two duties cover the moment: the one that started last
			"17:30:00, 2",
			"18:00:00, ",
	})
	void theRatingCountsForTheOfficerOnDutyAtItsDesk(String time, @Nullable Integer person) {
		Long officer = jdbc.sql("select " + OfficerOnDuty.staffId(":desk", ":at")).param("desk", desk)
			.param("at", OffsetDateTime.parse("2001-03-01T" + time + "+07:00")).query(Long.class).optional()
			.orElse(null);
		assertThat(officer).isEqualTo(person == null ? null : people.get(person));
	}
}
