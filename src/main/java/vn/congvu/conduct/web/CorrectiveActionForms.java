package vn.congvu.conduct.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link CorrectiveActionController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
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
