package vn.congvu.emulation.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link EmulationController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class EmulationForms {

	private EmulationForms() {
	}

	/** The form of {@code EmulationController.startRound}, as typed. */
	record StartRound(@Nullable Long unitId, @Nullable Integer year) {

		StartRound {
			unitId = unitId == null ? 0L : unitId;
			year = year == null ? 0 : year;
		}
	}

	/** The form of {@code EmulationController.propose}, as typed. */
	record Propose(@Nullable Integer year, @Nullable String title, @Nullable Long subjectId, @Nullable Long unitId,
			@Nullable String achievements) {

		Propose {
			year = year == null ? 0 : year;
			title = title == null ? "" : title;
			subjectId = subjectId == null ? 0L : subjectId;
			unitId = unitId == null ? 0L : unitId;
			achievements = achievements == null ? "" : achievements;
		}
	}

	/** The form of {@code EmulationController.revoke}, as typed. */
	record Revoke(@Nullable String reason) {

		Revoke {
			reason = reason == null ? "" : reason;
		}
	}
}
