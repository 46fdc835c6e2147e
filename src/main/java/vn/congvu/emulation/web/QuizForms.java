package vn.congvu.emulation.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link QuizController}, each a record bound by Spring: a value that cannot be read refuses the form at
 * its field.
 */
final class QuizForms {

	private QuizForms() {
	}

	/** A new quiz on a code of conduct, its questions typed as blocks (see {@code QuizController.questions}). */
	record Create(@Nullable Long unitId, String title, String codeVersion, @Nullable LocalDate opensOn,
			@Nullable LocalDate closesOn, @Nullable Integer perAttempt, @Nullable Integer minutes, String questions) {

		Create {
			title = title == null ? "" : title;
			codeVersion = codeVersion == null ? "" : codeVersion;
			questions = questions == null ? "" : questions;
		}
	}

	/** An attempt's answers: {@code answer[questionId]} is the chosen option's position, from 1. */
	record Answers(Map<Long, Integer> answer) {

		Answers {
			answer = answer == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answer);
		}
	}
}
