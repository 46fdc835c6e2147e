package vn.congvu.feedback;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseDates;

/**
 * What a new survey version must be for the forms that ask it to keep working. The QR form shows every question as
 * a five-face scale, so it asks scores only; the kiosk tablet asks its one overall question and, after a low answer,
 * the reasons. A version starts tomorrow at the earliest, so a form a citizen opened today is still the one in force
 * when they send it.
 */
final class SurveyVersionRules {

	static final String KIOSK = "KIOSK";
	static final String OVERALL = "OVERALL";
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private SurveyVersionRules() {
	}

	static void check(NewSurveyVersion version, LocalDate today) {
		if (version.nameVi().isBlank() || version.nameEn().isBlank()) {
			throw new InvalidInputException("survey.nameRequired");
		}
		TextLimits.require(version.nameVi(), 300);
		TextLimits.require(version.nameEn(), 300);
		TextLimits.require(version.legalBasis(), 300);
		if (!version.validFrom().isAfter(today)) {
			throw new InvalidInputException("survey.startsTomorrowAtEarliest", VietnameseDates.format(today.plusDays(1)));
		}
		if (version.questions().isEmpty()) {
			throw new InvalidInputException("survey.noQuestions");
		}
		boolean kiosk = KIOSK.equals(version.surveyCode());
		Set<String> codes = new HashSet<>();
		Map<SatisfactionElement, Integer> scoredAt = new EnumMap<>(SatisfactionElement.class);
		int row = 0;
		for (NewSurveyVersion.Question question : version.questions()) {
			row++;
			if (!CODE.matcher(question.code()).matches()) {
				throw new InvalidInputException("survey.badQuestionCode", row);
			}
			if (!codes.add(question.code())) {
				throw new InvalidInputException("survey.questionCodeTwice", row);
			}
			if (question.textVi().isBlank() || question.textEn().isBlank()) {
				throw new InvalidInputException("survey.questionTextRequired", row);
			}
			TextLimits.require(question.textVi(), 500);
			TextLimits.require(question.textEn(), 500);
			if (question.element().scored()) {
				Integer earlier = scoredAt.putIfAbsent(question.element(), row);
				if (earlier != null) {
					throw new InvalidInputException("survey.elementTwice", row, earlier);
				}
			}
			if (kiosk && question.element().scored() && !isOverall(question)) {
				throw new InvalidInputException("survey.kioskAsksOverallAndReasons", row);
			}
			if (!kiosk && !question.element().scored()) {
				throw new InvalidInputException("survey.reasonsOnlyOnKiosk", row);
			}
		}
		if (kiosk && version.questions().stream().noneMatch(SurveyVersionRules::isOverall)) {
			throw new InvalidInputException("survey.kioskNeedsOverall");
		}
	}

	private static boolean isOverall(NewSurveyVersion.Question question) {
		return OVERALL.equals(question.code()) && question.element() == SatisfactionElement.OVERALL;
	}
}
