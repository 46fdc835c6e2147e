package vn.congvu.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.platform.Rows;

/**
 * Service points and survey forms, kept in memory for the ingestion path and refreshed every few seconds, so that
 * validating a rating costs no database round trip.
 */
@Component
class SurveyCatalog {

	private static final long TTL_NANOS = 10_000_000_000L;

	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile Snapshot snapshot;

	SurveyCatalog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Point(long id, String code, String name, long unitId, String unitName, @org.jspecify.annotations.Nullable String hotline,
			boolean receiptRequired, LocalDate validFrom, @org.jspecify.annotations.Nullable LocalDate validTo) {

		ServicePointView view() {
			return new ServicePointView(id, code, name, unitId, unitName, hotline, receiptRequired, validFrom, validTo);
		}


		boolean openOn(LocalDate day) {
			return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
		}
	}

	record QuestionRow(long surveyId, String surveyCode, int version, String nameVi, String nameEn, String code,
			String element, String textVi, String textEn, int minValue, int maxValue, int position) {
	}

	private record Snapshot(long loadedAt, Map<String, Point> points, Map<String, List<QuestionRow>> surveys) {
	}

	Optional<Point> point(String code) {
		return Optional.ofNullable(current().points().get(code)).filter(p -> p.openOn(LocalDate.now(clock)));
	}

	/** The version of the survey in force today, in the given language. */
	Optional<SurveyForm> survey(String code, Locale locale) {
		List<QuestionRow> rows = current().surveys().get(code);
		if (rows == null || rows.isEmpty()) {
			return Optional.empty();
		}
		boolean english = "en".equals(locale.getLanguage());
		QuestionRow head = rows.get(0);
		List<SurveyForm.Question> questions = new ArrayList<>();
		for (QuestionRow row : rows) {
			SatisfactionElement element = SatisfactionElement.valueOf(row.element());
			questions.add(new SurveyForm.Question(row.code(), element, english ? row.textEn() : row.textVi(),
					row.minValue(), row.maxValue(), element.scored()));
		}
		return Optional.of(new SurveyForm(head.surveyId(), head.surveyCode(), head.version(),
				english ? head.nameEn() : head.nameVi(), questions));
	}

	void invalidate() {
		snapshot = null;
	}

	private Snapshot current() {
		Snapshot current = snapshot;
		if (current == null || System.nanoTime() - current.loadedAt() > TTL_NANOS) {
			try {
				current = load();
				snapshot = current;
			}
			catch (org.springframework.dao.DataAccessException ex) {
				if (current == null) {
					throw ex; // nothing to fall back on: the caller answers 503
				}
				// the database is away for a moment: keep validating against what we had
			}
		}
		return current;
	}

	private Snapshot load() {
		Map<String, Point> points = jdbc.sql("""
				select p.id, p.code, p.name, p.unit_id, u.name as unit_name, p.hotline, p.receipt_required, p.valid_from,
				       p.valid_to
				from feedback.service_point p join orgunit.published_unit u on u.id = p.unit_id""")
			.query(Rows.as(Point.class)).list().stream().collect(Collectors.toMap(Point::code, p -> p));
		LocalDate today = LocalDate.now(clock);
		Map<String, List<QuestionRow>> surveys = jdbc.sql("""
				select s.id as survey_id, s.code as survey_code, s.version, s.name_vi, s.name_en, q.code, q.element,
				       q.text_vi, q.text_en, q.min_value, q.max_value, q.position
				from feedback.survey s join feedback.survey_question q on q.survey_id = s.id
				where s.valid_from <= :today and (s.valid_to is null or s.valid_to > :today)
				order by s.code, s.version desc, q.position""")
			.param("today", today).query(Rows.as(QuestionRow.class)).list().stream()
			.collect(Collectors.groupingBy(QuestionRow::surveyCode, Collectors.collectingAndThen(Collectors.toList(),
					rows -> rows.stream().filter(r -> r.version() == rows.get(0).version()).toList())));
		return new Snapshot(System.nanoTime(), points, surveys);
	}
}
