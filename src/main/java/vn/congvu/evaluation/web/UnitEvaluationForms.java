package vn.congvu.evaluation.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link UnitEvaluationController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class UnitEvaluationForms {

	private UnitEvaluationForms() {
	}

	/** The form of {@code UnitEvaluationController.approve}, as typed. */
	record Approve(@Nullable String month, @Nullable Boolean exceptional) {

		Approve {
			month = month == null ? "" : month;
			exceptional = exceptional == null ? false : exceptional;
		}
	}

	/** The form of {@code UnitEvaluationController.startClose}, as typed. */
	record StartClose(@Nullable String month) {

		StartClose {
			month = month == null ? "" : month;
		}
	}

	/** The form of {@code UnitEvaluationController.approveAnnual}, as typed. */
	record ApproveAnnual(@NotNull Integer year) {
	}
}
