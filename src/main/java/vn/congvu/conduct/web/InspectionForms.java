package vn.congvu.conduct.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import vn.congvu.conduct.inspections.InspectionKind;

/**
 * The forms of {@link InspectionController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class InspectionForms {

	private InspectionForms() {
	}

	/** The form of {@code InspectionController.plan}, as typed. */
	record Plan(@NotNull Long teamId, @NotNull Long unitId, @NotNull InspectionKind kind, @Nullable String title,
			@Nullable String plannedOn) {

		Plan {
			title = title == null ? "" : title;
			plannedOn = plannedOn == null ? "" : plannedOn;
		}
	}

	/** The form of {@code InspectionController.start}, as typed. */
	record Start(@Nullable Boolean toVisit) {

		Start {
			toVisit = toVisit == null ? false : toVisit;
		}
	}

	/** The form of {@code InspectionController.reschedule}, as typed. */
	record Reschedule(@Nullable String title, @Nullable String plannedOn) {

		Reschedule {
			title = title == null ? "" : title;
			plannedOn = plannedOn == null ? "" : plannedOn;
		}
	}

	/** The form of {@code InspectionController.cancel}, as typed. */
	record Cancel(@Nullable String reason) {

		Cancel {
			reason = reason == null ? "" : reason;
		}
	}
}
