package vn.congvu.portal.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.congvu.portal.Polls;

/**
 * The forms of {@link PollController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class PollForms {

	private PollForms() {
	}

	/** The form of {@code PollController.vote}, as typed. */
	record Vote(@Nullable Long optionId) {

		Vote {
			optionId = optionId == null ? 0L : optionId;
		}
	}

	/** The form of {@code PollController.signedInVote}, as typed. */
	record SignedInVote(@Nullable Long optionId) {

		SignedInVote {
			optionId = optionId == null ? 0L : optionId;
		}
	}

	/** The form of {@code PollController.create}, as typed. */
	record Create(Long unitId, String question, String options, @Nullable LocalDate opensOn,
			@Nullable LocalDate closesOn, Polls.@Nullable Integrity integrity,
			Polls.@Nullable ResultsShown resultsShown) {

		Create {
			unitId = unitId == null ? 0L : unitId;
			question = question == null ? "" : question;
			options = options == null ? "" : options;
		}
	}
}
