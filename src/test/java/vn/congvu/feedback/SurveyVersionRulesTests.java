package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.shared.InvalidInputException;

/**
 * What a new survey version must be: one row per case, the questions written as {@code CODE:ELEMENT} (texts filled
 * unless the element is followed by {@code !}), and the key of the refusal or {@code ok}.
 */
class SurveyVersionRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@ParameterizedTest(name = "{0} from +{1} days, [{2}] → {3}")
	@CsvSource(delimiter = ';', value = {
			"SIPAS5; 1; ACCESS:ACCESS PROCEDURE:PROCEDURE;            ok",
			"SIPAS5; 30; ACCESS:ACCESS;                               ok",
			"SIPAS5; 0; ACCESS:ACCESS;                                survey.startsTomorrowAtEarliest",
			"SIPAS5; -3; ACCESS:ACCESS;                               survey.startsTomorrowAtEarliest",
			"SIPAS5; 1; '';                                           survey.noQuestions",
			"SIPAS5; 1; access:ACCESS;                                survey.badQuestionCode",
			"SIPAS5; 1; A:ACCESS;                                     survey.badQuestionCode",
			"SIPAS5; 1; 1ACCESS:ACCESS;                               survey.badQuestionCode",
			"SIPAS5; 1; ACCESS:ACCESS ACCESS:PROCEDURE;               survey.questionCodeTwice",
			"SIPAS5; 1; ACCESS:ACCESS!;                               survey.questionTextRequired",
			"SIPAS5; 1; ACCESS:ACCESS PLACE:ACCESS;                   survey.elementTwice",
			"SIPAS5; 1; ACCESS:ACCESS WAITING:REASON;                 survey.reasonsOnlyOnKiosk",
			"SIPAS5; 1; OVERALL:OVERALL;                              ok",
			"KIOSK;  1; OVERALL:OVERALL WAITING:REASON QUEUE:REASON;  ok",
			"KIOSK;  1; OVERALL:OVERALL;                              ok",
			"KIOSK;  1; WAITING:REASON;                               survey.kioskNeedsOverall",
			"KIOSK;  1; GENERAL:OVERALL WAITING:REASON;               survey.kioskAsksOverallAndReasons",
			"KIOSK;  1; OVERALL:OVERALL ACCESS:ACCESS;                survey.kioskAsksOverallAndReasons",
			"KIOSK;  1; OVERALL:OVERALL WAITING:REASON WAITING:REASON; survey.questionCodeTwice" })
	void aVersionIsCheckedBeforeItIsPlanned(String survey, int daysAhead, String questions, String outcome) {
		NewSurveyVersion version = new NewSurveyVersion(survey, "Phiếu thử", "Test form", null,
				TODAY.plusDays(daysAhead), questions(questions));
		if (outcome.equals("ok")) {
			assertThatCode(() -> SurveyVersionRules.check(version, TODAY)).doesNotThrowAnyException();
		}
		else {
			assertThatThrownBy(() -> SurveyVersionRules.check(version, TODAY))
				.isInstanceOf(InvalidInputException.class).hasMessage(outcome);
		}
	}

	@ParameterizedTest(name = "names [{0}] [{1}] → {2}")
	@CsvSource(delimiter = ';', value = {
			"Phiếu; Form; ok",
			"'';    Form; survey.nameRequired",
			"Phiếu; ' '; survey.nameRequired" })
	void aVersionHasANameInBothLanguages(String nameVi, String nameEn, String outcome) {
		NewSurveyVersion version = new NewSurveyVersion("SIPAS5", nameVi, nameEn, null, TODAY.plusDays(1),
				questions("ACCESS:ACCESS"));
		if (outcome.equals("ok")) {
			assertThatCode(() -> SurveyVersionRules.check(version, TODAY)).doesNotThrowAnyException();
		}
		else {
			assertThatThrownBy(() -> SurveyVersionRules.check(version, TODAY)).hasMessage(outcome);
		}
	}

	private static List<NewSurveyVersion.Question> questions(String spec) {
		List<NewSurveyVersion.Question> questions = new ArrayList<>();
		for (String item : spec.isBlank() ? new String[0] : spec.strip().split("\\s+")) {
			String[] parts = item.split(":");
			boolean blank = parts[1].endsWith("!");
			SatisfactionElement element = SatisfactionElement.valueOf(parts[1].replace("!", ""));
			questions.add(new NewSurveyVersion.Question(parts[0], element, blank ? " " : "Câu hỏi " + parts[0],
					blank ? "" : "Question " + parts[0]));
		}
		return questions;
	}
}
