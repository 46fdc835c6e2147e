package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;

/**
 * The counts the satisfaction pages read ({@code feedback.rating_day}, {@code rating_month}) always equal the answers:
 * after the demo's year of ratings, after live ratings through the batch writer, and after a rating is changed.
 */
class RatingCountsIntegrationTests extends IntegrationTestSupport {

	/** What the counts must hold, computed from the answers themselves; "satisfied" as the index defines it. */
	private static final String FROM_ANSWERS = """
			select %s || ' ' || r.unit_id || ' ' || r.service_point_id || ' ' || coalesce(r.staff_id, 0) || ' '
			       || q.element || ' ' || r.burst || ' ' || count(*) || ' '
			       || count(*) filter (where a.value >= %d)
			from feedback.answer a
			join feedback.response r on r.id = a.response_id
			join feedback.survey_question q on q.survey_id = r.survey_id and q.code = a.question_code
			group by %s, r.unit_id, r.service_point_id, coalesce(r.staff_id, 0), q.element, r.burst""";

	private static final String FROM_COUNTS = """
			select %s || ' ' || unit_id || ' ' || service_point_id || ' ' || staff_id || ' ' || element || ' ' || burst
			       || ' ' || answers || ' ' || satisfied
			from feedback.%s where answers > 0""";

	@Autowired FeedbackIntake intake;
	@Autowired JdbcClient jdbc;

	@Test
	void theDailyCountsEqualTheAnswersWhateverWroteOrChangedThem() throws Exception {
		assertThat(counts()).as("after the demo data").isNotEmpty().containsExactlyInAnyOrderElementsOf(answers());

		for (int i = 0; i < 7; i++) {
			intake.submit(new FeedbackSubmission("P00070-2", null, Map.of("ACCESS", 5, "PROCEDURE", 4, "OFFICER", i % 5 + 1,
					"RESULT", 3, "FEEDBACK_HANDLING", 2), null, UUID.randomUUID(), null), null, "counts-test-" + (i % 2))
				.get();
		}
		assertThat(counts()).as("after live ratings").containsExactlyInAnyOrderElementsOf(answers());

		jdbc.sql("""
				update feedback.response set burst = not burst
				where id = (select id from feedback.response where service_point_id =
				            (select id from feedback.service_point where code = 'P00070-2') order by received_at desc limit 1)""")
			.update();
		assertThat(counts()).as("after a rating changed").containsExactlyInAnyOrderElementsOf(answers());
	}

	@Autowired SatisfactionQueries satisfaction;

	@Test
	void thePagesOnePassGivesWhatEachGroupingGivesOnItsOwn() {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		for (java.time.LocalDate from : List.of(today.withDayOfMonth(1).minusMonths(11), today.minusDays(45),
				today.minusYears(2))) {
			vn.congvu.platform.Viewer viewer = vn.congvu.platform.Viewer.system();
			SatisfactionQueries.Summary summary = satisfaction.summary(viewer, from, today);
			assertThat(summary.overall()).isEqualTo(satisfaction.overall(viewer, from, today));
			assertThat(summary.byUnit()).containsExactlyInAnyOrderElementsOf(satisfaction.byUnit(viewer, from, today));
			assertThat(summary.byServicePoint())
				.containsExactlyInAnyOrderElementsOf(satisfaction.byServicePoint(viewer, from, today));
			assertThat(summary.byOfficer())
				.containsExactlyInAnyOrderElementsOf(satisfaction.byOfficer(viewer, from, today));
			assertThat(summary.byMonth()).containsExactlyElementsOf(satisfaction.byMonth(viewer, from, today));
			assertThat(summary.byUnit()).as("the demo has ratings in the period").isNotEmpty();
		}
	}

	private List<String> answers() {
		String day = "(r.received_at at time zone 'Asia/Ho_Chi_Minh')::date";
		List<String> rows = new java.util.ArrayList<>(jdbc.sql(FROM_ANSWERS.formatted(day,
				SatisfactionIndex.SATISFIED_FROM, day)).query(String.class).list());
		String month = "date_trunc('month', (r.received_at at time zone 'Asia/Ho_Chi_Minh')::date)::date";
		rows.addAll(jdbc.sql(FROM_ANSWERS.formatted("'month ' || " + month, SatisfactionIndex.SATISFIED_FROM, month))
			.query(String.class).list());
		return rows;
	}

	private List<String> counts() {
		List<String> rows = new java.util.ArrayList<>(jdbc.sql(FROM_COUNTS.formatted("day", "rating_day"))
			.query(String.class).list());
		rows.addAll(jdbc.sql(FROM_COUNTS.formatted("'month ' || month", "rating_month")).query(String.class).list());
		return rows;
	}
}
