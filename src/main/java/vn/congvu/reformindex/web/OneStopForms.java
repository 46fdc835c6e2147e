package vn.congvu.reformindex.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link OneStopController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class OneStopForms {

	private OneStopForms() {
	}

	/** The form of {@code OneStopController.upload}, as typed. */
	record Upload(@Nullable String year) {

		Upload {
			year = year == null ? "" : year;
		}
	}
}
