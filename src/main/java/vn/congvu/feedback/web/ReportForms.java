package vn.congvu.feedback.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link ReportController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class ReportForms {

	private ReportForms() {
	}

	/** The form of {@code ReportController.assign}, as typed. */
	record Assign(@NotNull Long handlingUnitId, @NotNull String investigator) {
	}

	/** The form of {@code ReportController.resolve}, as typed. */
	record Resolve(@NotNull Boolean substantiated, @NotNull String publicAnswer, @Nullable Boolean apology) {

		Resolve {
			apology = apology == null ? false : apology;
		}
	}

	/** The form of {@code ReportController.transfer}, as typed. */
	record Transfer(@NotNull String publicAnswer) {
	}
}
