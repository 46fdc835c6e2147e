package vn.congvu.reformindex.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link ReformIndexController}, each a record bound by Spring: a value that cannot be read, or a required one
 * that is missing, refuses the form at its field; defaults are those the form had when a field is not sent.
 */
final class ReformIndexForms {

	private ReformIndexForms() {
	}

	/** The form of {@code ReformIndexController.create}, as typed. */
	record Create(@Nullable String year, @Nullable String unitType, @Nullable String name, @Nullable String legalBasis,
			@Nullable String surveyPoints, @Nullable String groups, @Nullable String caveat) {

		Create {
			year = year == null ? "" : year;
			unitType = unitType == null ? "" : unitType;
			name = name == null ? "" : name;
			legalBasis = legalBasis == null ? "" : legalBasis;
			surveyPoints = surveyPoints == null ? "" : surveyPoints;
			groups = groups == null ? "" : groups;
			caveat = caveat == null ? "" : caveat;
		}
	}

	/** The form of {@code ReformIndexController.copy}, as typed. */
	record Copy(@Nullable String year) {

		Copy {
			year = year == null ? "" : year;
		}
	}

	/** The form of {@code ReformIndexController.council}, as typed. */
	record Council(@Nullable String staffCodes) {

		Council {
			staffCodes = staffCodes == null ? "" : staffCodes;
		}
	}

	/** The form of {@code ReformIndexController.open}, as typed. */
	record Open(@Nullable String deadline) {

		Open {
			deadline = deadline == null ? "" : deadline;
		}
	}

	/** The form of {@code ReformIndexController.surveyImport}, as typed. */
	record SurveyImport(@Nullable String source) {

		SurveyImport {
			source = source == null ? "" : source;
		}
	}
}
