package vn.congvu.conduct.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link CorrectiveActionController}, each a record bound by Spring: a value that cannot be read, or a required one
 * that is missing, refuses the form at its field; defaults are those the form had when a field is not sent.
 */
final class CorrectiveActionForms {

	private CorrectiveActionForms() {
	}

	/** The form of {@code CorrectiveActionController.recheck}, as typed. */
	record Recheck(@NotNull Boolean done, @Nullable String note) {

		Recheck {
			note = note == null ? "" : note;
		}
	}
}
