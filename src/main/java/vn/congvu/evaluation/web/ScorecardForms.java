package vn.congvu.evaluation.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link ScorecardController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class ScorecardForms {

	private ScorecardForms() {
	}

	/** The form of {@code ScorecardController.act}, as typed. */
	record Act(@Nullable String general, @Nullable String results, @Nullable String bonus, @Nullable String text,
			@Nullable Boolean upheld) {

		Act {
			general = general == null ? "" : general;
			results = results == null ? "" : results;
			bonus = bonus == null ? "" : bonus;
			text = text == null ? "" : text;
			upheld = upheld == null ? false : upheld;
		}
	}
}
