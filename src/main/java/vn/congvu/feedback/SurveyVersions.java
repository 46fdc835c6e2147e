package vn.congvu.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

/**
 * The versions of the satisfaction survey forms. A new version is planned for a day to come: from that day the QR
 * page, the kiosk tablets and the app ask it, and the version before it ends the day before. Answers keep the version
 * they were given on. A planned version can be withdrawn until its day; a version once asked is never changed.
 */
@Service
@Transactional
public class SurveyVersions {

	/** Where a version stands on a day. */
	public enum State {
		PLANNED, IN_FORCE, ENDED
	}

	/** One version of one survey, named in the viewer's language. */
	public record Version(long id, String code, int version, String name, @Nullable String legalBasis,
			LocalDate validFrom, @Nullable LocalDate validTo, int questions, State state) {
	}

	/** A question of a version, with both texts. */
	public record Question(String code, SatisfactionElement element, String textVi, String textEn, int minValue,
			int maxValue) {
	}

	private record Row(long id, String code, int version, String nameVi, String nameEn, @Nullable String legalBasis,
			LocalDate validFrom, @Nullable LocalDate validTo, int questions) {
	}

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SurveyCatalog catalog;
	private final Clock clock;

	SurveyVersions(JdbcClient jdbc, AuditLog audit, SurveyCatalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Every version of every survey, each survey's newest first. */
	@Transactional(readOnly = true)
	public List<Version> versions(Viewer viewer, Locale locale) {
		NotPermittedException.unless(viewer.mayManageSurveys());
		return rows(null).stream().map(row -> view(row, locale)).toList();
	}

	@Transactional(readOnly = true)
	public Version version(Viewer viewer, String code, int version, Locale locale) {
		NotPermittedException.unless(viewer.mayManageSurveys());
		return view(row(code, version), locale);
	}

	@Transactional(readOnly = true)
	public List<Question> questions(Viewer viewer, String code, int version) {
		NotPermittedException.unless(viewer.mayManageSurveys());
		return jdbc.sql("""
				select q.code, q.element, q.text_vi, q.text_en, q.min_value, q.max_value
				from feedback.survey_question q where q.survey_id = :id order by q.position""")
			.param("id", row(code, version).id()).query(Rows.as(Question.class)).list();
	}

	/** Refuses a viewer who may not plan versions, and a survey that does not exist, before a form is read. */
	@Transactional(readOnly = true)
	public void requirePlannable(Viewer viewer, String code) {
		NotPermittedException.unless(viewer.mayManageSurveys());
		if (rows(code).isEmpty()) {
			throw new RecordNotFoundException("survey", code);
		}
	}

	/** A draft of the next version: the newest one's names and questions, asked from tomorrow. */
	@Transactional(readOnly = true)
	public NewSurveyVersion draftOfNext(Viewer viewer, String code) {
		NotPermittedException.unless(viewer.mayManageSurveys());
		Row newest = rows(code).stream().findFirst().orElseThrow(() -> new RecordNotFoundException("survey", code));
		List<NewSurveyVersion.Question> questions = questions(viewer, code, newest.version()).stream()
			.map(q -> new NewSurveyVersion.Question(q.code(), q.element(), q.textVi(), q.textEn())).toList();
		return new NewSurveyVersion(code, newest.nameVi(), newest.nameEn(), newest.legalBasis(),
				LocalDate.now(clock).plusDays(1), questions);
	}

	/** Plans a new version; returns its number. The version asked until then ends the day before it starts. */
	public int plan(Viewer viewer, NewSurveyVersion draft) {
		NotPermittedException.unless(viewer.mayManageSurveys());
		jdbc.sql("select id from feedback.survey where code = :code for update").param("code", draft.surveyCode())
			.query(Long.class).list(); // two officers planning at once: the second waits, then sees the first's plan
		List<Row> existing = rows(draft.surveyCode());
		if (existing.isEmpty()) {
			throw new RecordNotFoundException("survey", draft.surveyCode());
		}
		LocalDate today = LocalDate.now(clock);
		SurveyVersionRules.check(draft, today);
		for (Row row : existing) {
			if (row.validFrom().isAfter(today)) {
				throw new InvalidInputException("survey.alreadyPlanned", row.version(),
						VietnameseDates.format(row.validFrom()));
			}
		}
		int number = existing.getFirst().version() + 1;
		jdbc.sql("""
				update feedback.survey set valid_to = :from
				where code = :code and (valid_to is null or valid_to > :from)""")
			.param("from", draft.validFrom()).param("code", draft.surveyCode()).update();
		long id = jdbc.sql("""
				insert into feedback.survey (code, version, name_vi, name_en, legal_basis, valid_from)
				values (:code, :version, :nameVi, :nameEn, :basis, :from) returning id""")
			.param("code", draft.surveyCode()).param("version", number).param("nameVi", draft.nameVi())
			.param("nameEn", draft.nameEn()).param("basis", draft.legalBasis()).param("from", draft.validFrom())
			.query(Long.class).single();
		int position = 0;
		for (NewSurveyVersion.Question question : draft.questions()) {
			jdbc.sql("""
					insert into feedback.survey_question
					    (survey_id, code, element, text_vi, text_en, min_value, max_value, position)
					values (:survey, :code, :element, :textVi, :textEn, :min, :max, :position)""")
				.param("survey", id).param("code", question.code()).param("element", question.element().name())
				.param("textVi", question.textVi()).param("textEn", question.textEn())
				.param("min", question.minValue()).param("max", question.maxValue()).param("position", ++position)
				.update();
		}
		audit.record("survey.planVersion", "survey", id, null, Map.of("code", draft.surveyCode(), "version", number,
				"validFrom", draft.validFrom(), "questions", draft.questions().stream().map(q -> q.code()).toList()));
		catalog.invalidate();
		return number;
	}

	/** Withdraws a version not yet asked; the version before it is asked on, without an end. */
	public void withdraw(Viewer viewer, String code, int version) {
		NotPermittedException.unless(viewer.mayManageSurveys());
		Row row = row(code, version);
		if (!row.validFrom().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("survey.onlyPlannedWithdrawn");
		}
		jdbc.sql("delete from feedback.survey_question where survey_id = :id").param("id", row.id()).update();
		jdbc.sql("delete from feedback.survey where id = :id").param("id", row.id()).update();
		jdbc.sql("update feedback.survey set valid_to = null where code = :code and valid_to = :from")
			.param("code", code).param("from", row.validFrom()).update();
		audit.record("survey.withdrawVersion", "survey", row.id(),
				Map.of("code", code, "version", version, "validFrom", row.validFrom()), null);
		catalog.invalidate();
	}

	private Row row(String code, int version) {
		return rows(code).stream().filter(r -> r.version() == version).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("survey", code + " " + version));
	}

	private List<Row> rows(@Nullable String code) {
		return jdbc.sql("""
				select s.id, s.code, s.version, s.name_vi, s.name_en, s.legal_basis, s.valid_from, s.valid_to,
				       (select count(*) from feedback.survey_question q where q.survey_id = s.id) as questions
				from feedback.survey s where cast(:code as varchar) is null or s.code = cast(:code as varchar)
				order by s.code, s.version desc""")
			.param("code", code).query(Rows.as(Row.class)).list();
	}

	private Version view(Row row, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		State state = row.validFrom().isAfter(today) ? State.PLANNED
				: row.validTo() == null || row.validTo().isAfter(today) ? State.IN_FORCE : State.ENDED;
		return new Version(row.id(), row.code(), row.version(), "en".equals(locale.getLanguage()) ? row.nameEn()
				: row.nameVi(), row.legalBasis(), row.validFrom(), row.validTo(), row.questions(), state);
	}
}
