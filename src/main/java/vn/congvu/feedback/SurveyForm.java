package vn.congvu.feedback;

import java.util.List;

/** Phiếu khảo sát: one version of a survey with its questions, as the API publishes it. */
public record SurveyForm(long id, String code, int version, String name, List<Question> questions) {

	/** A question: its code, the element it measures, its text and the allowed values. */
	public record Question(String code, SatisfactionElement element, String text, int min, int max,
			boolean required) {
	}

	public Question question(String code) {
		return questions.stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
	}
}
