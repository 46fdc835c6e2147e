package vn.congvu.reporting.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link VerificationController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class VerificationForms {

	private VerificationForms() {
	}

	/** The form of {@code VerificationController.verify}, as typed. */
	record Verify(@Nullable String report) {

		Verify {
			report = report == null ? "" : report;
		}
	}
}
