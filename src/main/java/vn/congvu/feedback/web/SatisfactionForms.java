package vn.congvu.feedback.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link SatisfactionController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class SatisfactionForms {

	private SatisfactionForms() {
	}

	/** The form of {@code SatisfactionController.moderate}, as typed. */
	record Moderate(@NotNull Boolean hide, @Nullable String reason) {

		Moderate {
			reason = reason == null ? "" : reason;
		}
	}
}
