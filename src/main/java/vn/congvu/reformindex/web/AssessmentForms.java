package vn.congvu.reformindex.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link AssessmentController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class AssessmentForms {

	private AssessmentForms() {
	}

	/** The form of {@code AssessmentController.vote}, as typed. */
	record Vote(@Nullable String choice) {

		Vote {
			choice = choice == null ? "" : choice;
		}
	}

	/** The form of {@code AssessmentController.respond}, as typed. */
	record Respond(@Nullable String response) {

		Respond {
			response = response == null ? "" : response;
		}
	}
}
