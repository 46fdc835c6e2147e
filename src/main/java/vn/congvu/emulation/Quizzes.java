package vn.congvu.emulation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.staff.StaffQueries;

/**
 * Hội thi tìm hiểu quy tắc ứng xử: an officer sets up a quiz on a code of conduct's version with its question bank;
 * each staff member of the units under it takes it once, on a phone: a random draw of questions, a time limit, a
 * score and a time. Answers sent after the limit are refused and nothing is counted. Results by person and by unit.
 */
@Service
@Transactional
public class Quizzes {

	/** Network and tapping time allowed after the limit before answers are refused. */
	static final Duration GRACE = Duration.ofSeconds(5);

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final AuditLog audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	Quizzes(JdbcClient jdbc, OrgUnitQueries units, StaffQueries staff, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	public record NewQuestion(String text, List<String> options, int correct) {
	}

	public record Quiz(long id, long unitId, String unitName, String title, String codeVersion, LocalDate opensOn,
			LocalDate closesOn, int questionsPerAttempt, int timeLimitSeconds) {
	}

	public record Question(long id, String text, String[] options) {
	}

	/** A person's attempt as they see it: the drawn questions, the deadline, and once sent, the score. */
	public record Attempt(long id, long quizId, OffsetDateTime startedAt, OffsetDateTime deadlineAt,
			@Nullable OffsetDateTime submittedAt, @Nullable Integer score, List<Question> questions) {

		public long secondsLeft(OffsetDateTime now) {
			return Math.max(0, Duration.between(now, deadlineAt).toSeconds());
		}
	}

	public record PersonResult(int rank, String fullName, String unitName, int score, long seconds) {
	}

	public record UnitResult(String unitName, long participants, double meanScore) {
	}

	private static final String QUIZ = """
			select q.id, q.unit_id, u.name as unit_name, q.title, q.code_version, q.opens_on, q.closes_on,
			       q.questions_per_attempt, q.time_limit_seconds
			from emulation.quiz q join orgunit.published_unit u on u.id = q.unit_id
			""";

	public long create(Viewer viewer, long unitId, String title, String codeVersion, LocalDate opensOn,
			LocalDate closesOn, int perAttempt, int timeLimitSeconds, List<NewQuestion> questions) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		OrgUnitView unit = units.find(viewer, unitId);
		for (String text : new String[] { title, codeVersion }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("quiz.required");
			}
			TextLimits.require(text, 300);
		}
		if (closesOn.isBefore(opensOn) || timeLimitSeconds < 30 || timeLimitSeconds > 7200) {
			throw new InvalidInputException("quiz.settings");
		}
		if (questions.isEmpty() || perAttempt < 1 || perAttempt > questions.size()) {
			throw new InvalidInputException("quiz.tooFewQuestions", questions.size());
		}
		for (NewQuestion question : questions) {
			TextLimits.require(question.text(), 1_000);
			question.options().forEach(o -> TextLimits.require(o, 300));
			if (question.text().isBlank() || question.options().size() < 2 || question.options().size() > 6
					|| question.correct() < 1 || question.correct() > question.options().size()) {
				throw new InvalidInputException("quiz.badQuestion", question.text());
			}
		}
		long id = jdbc.sql("""
				insert into emulation.quiz (unit_id, title, code_version, opens_on, closes_on, questions_per_attempt,
				    time_limit_seconds, created_by) values (:u, :t, :c, :o, :cl, :n, :l, :by) returning id""")
			.param("u", unit.id()).param("t", title.strip()).param("c", codeVersion.strip()).param("o", opensOn)
			.param("cl", closesOn).param("n", perAttempt).param("l", timeLimitSeconds).param("by", viewer.displayName())
			.query(Long.class).single();
		for (NewQuestion question : questions) {
			jdbc.sql("insert into emulation.quiz_question (quiz_id, text, options, correct) values (:q, :t, :o, :c)")
				.param("q", id).param("t", question.text().strip())
				.param("o", question.options().stream().map(String::strip).toArray(String[]::new))
				.param("c", question.correct()).update();
		}
		audit.record("quiz.create", "quiz", id, null, Map.of("title", title.strip(), "questions", questions.size()));
		return id;
	}

	/** Quizzes for the viewer's units (those above them included) and those within the scope. */
	@Transactional(readOnly = true)
	public List<Quiz> visible(Viewer viewer) {
		return jdbc.sql(QUIZ + " where u.path like :scope || '%' or :scope like u.path || '%' order by q.opens_on desc")
			.param("scope", viewer.scopePath()).query(Rows.as(Quiz.class)).list();
	}

	@Transactional(readOnly = true)
	public Quiz find(Viewer viewer, long id) {
		return visible(viewer).stream().filter(q -> q.id() == id).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("quiz", id));
	}

	/** Starts the viewer's one attempt (or returns it while it runs): a random draw and a deadline. */
	public long start(Viewer viewer, long quizId) {
		Quiz quiz = find(viewer, quizId);
		if (viewer.staffId() == null) {
			throw new NotPermittedException("quiz.staffOnly");
		}
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(quiz.opensOn()) || today.isAfter(quiz.closesOn())) {
			throw new InvalidInputException("quiz.notOpen");
		}
		long unitId = staff.find(viewer, viewer.staffId(), today).unitId();
		if (!units.pathOf(unitId).startsWith(units.pathOf(quiz.unitId()))) {
			throw new InvalidInputException("quiz.notForYourUnit");
		}
		Long existing = jdbc.sql("select id from emulation.quiz_attempt where quiz_id = :q and staff_id = :s")
			.param("q", quizId).param("s", viewer.staffId()).query(Long.class).optional().orElse(null);
		if (existing != null) {
			throw new InvalidInputException("quiz.once");
		}
		List<Long> bank = new ArrayList<>(jdbc.sql("select id from emulation.quiz_question where quiz_id = :q")
			.param("q", quizId).query(Long.class).list());
		Collections.shuffle(bank, random);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = jdbc.sql("""
				insert into emulation.quiz_attempt (quiz_id, staff_id, unit_id, questions, started_at, deadline_at)
				values (:q, :s, :u, :qs, :now, :deadline) on conflict (quiz_id, staff_id) do nothing returning id""")
			.param("q", quizId).param("s", viewer.staffId()).param("u", unitId)
			.param("qs", bank.subList(0, Math.min(bank.size(), quiz.questionsPerAttempt())).toArray(Long[]::new))
			.param("now", now).param("deadline", now.plusSeconds(quiz.timeLimitSeconds())).query(Long.class).optional()
			.orElseThrow(() -> new InvalidInputException("quiz.once"));
		audit.record("quiz.start", "quizAttempt", id, null, Map.of("quiz", quizId));
		return id;
	}

	/** The viewer's own attempt, with its questions in the drawn order (never the right answers). */
	@Transactional(readOnly = true)
	public Attempt attempt(Viewer viewer, long attemptId) {
		record Row(long id, long quizId, OffsetDateTime startedAt, OffsetDateTime deadlineAt,
				@Nullable OffsetDateTime submittedAt, @Nullable Integer score, Long[] questions) {
		}
		Row row = jdbc.sql("""
				select id, quiz_id, started_at, deadline_at, submitted_at, score, questions from emulation.quiz_attempt
				where id = :id and staff_id = :me""").param("id", attemptId)
			.param("me", viewer.staffId() == null ? -1L : viewer.staffId()).query(Rows.as(Row.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("quizAttempt", attemptId));
		List<Question> questions = jdbc.sql("""
				select q.id, q.text, q.options from unnest(:ids::bigint[]) with ordinality as d (id, n)
				join emulation.quiz_question q on q.id = d.id order by d.n""").param("ids", row.questions())
			.query(Rows.as(Question.class)).list();
		return new Attempt(row.id(), row.quizId(), row.startedAt(), row.deadlineAt(), row.submittedAt(), row.score(),
				questions);
	}

	/** Sends the answers (question id → chosen option, 1-based); refused after the time limit, nothing counted. */
	public int submit(Viewer viewer, long attemptId, Map<Long, Integer> answers) {
		Attempt attempt = attempt(viewer, attemptId);
		if (attempt.submittedAt() != null) {
			throw new InvalidInputException("quiz.alreadySent");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (now.isAfter(attempt.deadlineAt().plus(GRACE))) {
			throw new InvalidInputException("quiz.late");
		}
		Integer[] chosen = attempt.questions().stream().map(q -> answers.getOrDefault(q.id(), 0)).toArray(Integer[]::new);
		int score = jdbc.sql("""
				select count(*) from unnest(:ids::bigint[], :chosen::int[]) as a (id, choice)
				join emulation.quiz_question q on q.id = a.id where q.correct = a.choice""")
			.param("ids", attempt.questions().stream().map(Question::id).toArray(Long[]::new)).param("chosen", chosen)
			.query(Integer.class).single();
		int updated = jdbc.sql("""
				update emulation.quiz_attempt set answers = :chosen, submitted_at = :now, score = :score
				where id = :id and submitted_at is null""").param("chosen", chosen).param("now", now)
			.param("score", score).param("id", attemptId).update();
		if (updated != 1) {
			throw new InvalidInputException("quiz.alreadySent");
		}
		audit.record("quiz.submit", "quizAttempt", attemptId, null, Map.of("score", score));
		return score;
	}

	/** The viewer's attempt at a quiz, if any. */
	@Transactional(readOnly = true)
	public @Nullable Long myAttempt(Viewer viewer, long quizId) {
		return jdbc.sql("select id from emulation.quiz_attempt where quiz_id = :q and staff_id = :me")
			.param("q", quizId).param("me", viewer.staffId() == null ? -1L : viewer.staffId()).query(Long.class)
			.optional().orElse(null);
	}

	/** Results within the viewer's scope: people by score then time (ties share a rank), and units by mean score. */
	@Transactional(readOnly = true)
	public List<PersonResult> byPerson(Viewer viewer, long quizId) {
		find(viewer, quizId);
		return jdbc.sql("""
				select rank() over (order by a.score desc, a.submitted_at - a.started_at) as rank, m.full_name,
				       u.name as unit_name, a.score, extract(epoch from a.submitted_at - a.started_at)::bigint as seconds
				from emulation.quiz_attempt a join staff.published_member m on m.id = a.staff_id
				join orgunit.published_unit u on u.id = a.unit_id
				where a.quiz_id = :q and a.submitted_at is not null and u.path like :scope || '%'
				order by rank, m.sort_key limit 500""").param("q", quizId).param("scope", viewer.scopePath())
			.query(Rows.as(PersonResult.class)).list();
	}

	@Transactional(readOnly = true)
	public List<UnitResult> byUnit(Viewer viewer, long quizId) {
		find(viewer, quizId);
		return jdbc.sql("""
				select u.name as unit_name, count(*) as participants, avg(a.score)::float8 as mean_score
				from emulation.quiz_attempt a join orgunit.published_unit u on u.id = a.unit_id
				where a.quiz_id = :q and a.submitted_at is not null and u.path like :scope || '%'
				group by u.name order by mean_score desc, u.name""").param("q", quizId).param("scope", viewer.scopePath())
			.query(Rows.as(UnitResult.class)).list();
	}
}
