package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.staff.StaffQueries;

/** The quiz: a random draw once per person, answers scored, refused after the limit, results by person and unit. */
class QuizIntegrationTests extends IntegrationTestSupport {

	@Autowired Quizzes quizzes;
	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;
	@Autowired AuditLog audit;

	@Test
	void onceARandomDrawScoredWithinTheLimitAndRankedByUnit() {
		LocalDate reform = LocalDate.of(2025, 7, 1);
		long hanoi = units.byCode("01", reform).id();
		long cuaNam = units.byCode("00082", reform).id();
		Viewer officer = new Viewer("test-officer", "Cán bộ thi đua", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		List<Quizzes.NewQuestion> bank = List.of(
				new Quizzes.NewQuestion("Câu 1", List.of("Đúng", "Sai", "Không rõ"), 1),
				new Quizzes.NewQuestion("Câu 2", List.of("Đúng", "Sai"), 2),
				new Quizzes.NewQuestion("Câu 3", List.of("A", "B", "C", "D"), 3),
				new Quizzes.NewQuestion("Câu 4", List.of("A", "B", "C", "D"), 4));
		assertThatThrownBy(() -> quizzes.create(officer, cuaNam, "Hội thi", "Quy tắc ứng xử 2019", today, today, 5, 60,
				bank)).hasMessageContaining("quiz.tooFewQuestions");
		long quiz = quizzes.create(officer, cuaNam, "Hội thi tìm hiểu quy tắc ứng xử " + System.nanoTime(),
				"Quy tắc ứng xử của cán bộ, công chức (2019)", today, today.plusDays(7), 3, 60, bank);
		List<Long> people = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_to is null
				order by staff_id limit 2""").param("u", cuaNam).query(Long.class).list();
		Viewer first = asStaff(people.get(0));
		long attempt = quizzes.start(first, quiz);
		Quizzes.Attempt drawn = quizzes.attempt(first, attempt);
		assertThat(drawn.questions()).hasSize(3).doesNotHaveDuplicates();
		assertThat(drawn.secondsLeft(java.time.OffsetDateTime.now(clock))).isBetween(55L, 60L);
		assertThatThrownBy(() -> quizzes.start(first, quiz)).hasMessageContaining("quiz.once");
		assertThatThrownBy(() -> quizzes.attempt(asStaff(people.get(1)), attempt))
			.isInstanceOf(RecordNotFoundException.class);
		Map<Long, Integer> right = new HashMap<>();
		for (Quizzes.Question q : drawn.questions()) {
			right.put(q.id(), jdbc.sql("select correct from emulation.quiz_question where id = :id").param("id", q.id())
				.query(Integer.class).single());
		}
		assertThat(quizzes.submit(first, attempt, right)).isEqualTo(3);
		assertThatThrownBy(() -> quizzes.submit(first, attempt, right)).hasMessageContaining("quiz.alreadySent");

		// the second person answers two minutes after the start: refused, nothing counted
		Viewer second = asStaff(people.get(1));
		long late = quizzes.start(second, quiz);
		Quizzes later = new Quizzes(jdbc, units, staff, audit, Clock.offset(clock, Duration.ofMinutes(2)));
		assertThatThrownBy(() -> later.submit(second, late, Map.of())).hasMessageContaining("quiz.late");
		assertThat(jdbc.sql("select score from emulation.quiz_attempt where id = :id").param("id", late)
			.query(Integer.class).optional()).isEmpty();

		assertThat(quizzes.byPerson(officer, quiz)).singleElement().satisfies(r -> {
			assertThat(r.rank()).isEqualTo(1);
			assertThat(r.score()).isEqualTo(3);
		});
		assertThat(quizzes.byUnit(officer, quiz)).singleElement()
			.satisfies(u -> assertThat(u.meanScore()).isEqualTo(3.0));
		assertThatThrownBy(() -> quizzes.start(officer, quiz)).isInstanceOf(vn.congvu.shared.NotPermittedException.class);
	}
}
