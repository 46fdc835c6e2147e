package vn.congvu.feedback;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new version of a survey form as its author wrote it: names, legal basis, the first day it is asked and its
 * questions in order. The scale follows from what a question measures (1–5 for a score, 0–1 for a reason).
 */
public record NewSurveyVersion(String surveyCode, String nameVi, String nameEn, @Nullable String legalBasis,
		LocalDate validFrom, List<Question> questions) {

	/** One question: its code (kept across versions so answers compare), what it measures and its texts. */
	public record Question(String code, SatisfactionElement element, String textVi, String textEn) {

		int minValue() {
			return element.scored() ? 1 : 0;
		}

		int maxValue() {
			return element.scored() ? 5 : 1;
		}
	}
}
