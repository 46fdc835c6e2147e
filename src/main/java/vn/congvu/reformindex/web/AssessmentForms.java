package vn.congvu.reformindex.web;

import java.util.LinkedHashMap;
import java.util.Map;
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

	/** A unit's self-assessment lines, keyed by item: points as typed (a comma or a dot) and a note. */
	record Scores(Map<Long, String> points, Map<Long, String> note, String submit) {

		Scores {
			points = points == null ? new LinkedHashMap<>() : points;
			note = note == null ? new LinkedHashMap<>() : note;
			submit = submit == null ? "" : submit;
		}
	}

	/** The council's appraised points and their justifications, keyed by item. */
	record Appraisal(Map<Long, String> appraised, Map<Long, String> justification) {

		Appraisal {
			appraised = appraised == null ? new LinkedHashMap<>() : appraised;
			justification = justification == null ? new LinkedHashMap<>() : justification;
		}
	}
}
