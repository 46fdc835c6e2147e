package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * A new version of the QR survey planned in the app on real PostgreSQL: the version in force ends the day before it,
 * the forms ask it from its day (seen through a catalog whose clock is two days ahead), a second plan and a refused
 * one leave nothing written, only the city's officers may plan, and withdrawing restores the version before it.
 */
class SurveyVersionsIntegrationTests extends IntegrationTestSupport {

	private static final Viewer ADMIN = new Viewer("test-admin", "Test", Role.ADMINISTRATOR, null, "/", null, false);

	@Autowired SurveyVersions surveys;
	@Autowired JdbcClient jdbc;

	@Test
	void aPlannedVersionIsAskedFromItsDayAndCanBeWithdrawnBeforeIt() {
		LocalDate today = LocalDate.now(clock);
		LocalDate tomorrow = today.plusDays(1);
		NewSurveyVersion draft = surveys.draftOfNext(ADMIN, "SIPAS5");
		assertThat(draft.questions()).extracting(NewSurveyVersion.Question::code)
			.containsExactly("ACCESS", "PROCEDURE", "OFFICER", "RESULT", "FEEDBACK_HANDLING");
		List<NewSurveyVersion.Question> questions = new ArrayList<>(draft.questions().subList(0, 4));
		questions.add(new NewSurveyVersion.Question("FEEDBACK_HANDLING", SatisfactionElement.FEEDBACK_HANDLING,
				"Việc tiếp nhận và trả lời góp ý, phản ánh của người dân", "How your suggestions were answered"));
		NewSurveyVersion next = new NewSurveyVersion("SIPAS5", draft.nameVi(), draft.nameEn(),
				"Phương pháp đo SIPAS sửa đổi (thử)", tomorrow, questions);

		long auditBefore = auditCount();
		int surveysBefore = surveyRows();
		assertThatThrownBy(() -> surveys.plan(ADMIN, new NewSurveyVersion("SIPAS5", "Phiếu", "Form", null, today,
				questions))).isInstanceOf(InvalidInputException.class).hasMessage("survey.startsTomorrowAtEarliest");
		Viewer wardOfficer = scoped(jdbc.sql("select id from orgunit.org_unit where code = '00082' and valid_to is null")
			.query(Long.class).single());
		assertThatThrownBy(() -> surveys.plan(wardOfficer, next)).isInstanceOf(NotPermittedException.class);
		assertThat(auditCount()).isEqualTo(auditBefore);
		assertThat(surveyRows()).isEqualTo(surveysBefore);

		int number = surveys.plan(ADMIN, next);
		try {
			assertThat(number).isEqualTo(2);
			List<SurveyVersions.Version> versions = surveys.versions(ADMIN, Locale.of("vi")).stream()
				.filter(v -> v.code().equals("SIPAS5")).toList();
			assertThat(versions).extracting(SurveyVersions.Version::version, SurveyVersions.Version::state,
					SurveyVersions.Version::validTo)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2, SurveyVersions.State.PLANNED, null),
						org.assertj.core.groups.Tuple.tuple(1, SurveyVersions.State.IN_FORCE, tomorrow));
			assertThat(surveys.questions(ADMIN, "SIPAS5", 2)).extracting(SurveyVersions.Question::maxValue)
				.containsOnly(5);

			assertThat(new SurveyCatalog(jdbc, clock).survey("SIPAS5", Locale.of("vi")).orElseThrow().version())
				.as("today the QR form still asks the version in force").isEqualTo(1);
			SurveyForm asked = new SurveyCatalog(jdbc, Clock.offset(clock, Duration.ofDays(2)))
				.survey("SIPAS5", Locale.of("vi")).orElseThrow();
			assertThat(asked.version()).isEqualTo(2);
			assertThat(asked.question("FEEDBACK_HANDLING").text())
				.isEqualTo("Việc tiếp nhận và trả lời góp ý, phản ánh của người dân");

			assertThatThrownBy(() -> surveys.plan(ADMIN, next)).hasMessage("survey.alreadyPlanned");
			assertThatThrownBy(() -> surveys.withdraw(ADMIN, "SIPAS5", 1)).hasMessage("survey.onlyPlannedWithdrawn");
		}
		finally {
			surveys.withdraw(ADMIN, "SIPAS5", number);
		}
		assertThat(surveys.versions(ADMIN, Locale.of("vi"))).filteredOn(v -> v.code().equals("SIPAS5"))
			.extracting(SurveyVersions.Version::version, SurveyVersions.Version::validTo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, null));
		assertThat(jdbc.sql("select action from platform.audit_entry order by id desc limit 2").query(String.class)
			.list()).containsExactly("survey.withdrawVersion", "survey.planVersion");
	}

	private long auditCount() {
		return jdbc.sql("select count(*) from platform.audit_entry").query(Long.class).single();
	}

	private int surveyRows() {
		return jdbc.sql("select count(*) from feedback.survey").query(Integer.class).single();
	}
}
