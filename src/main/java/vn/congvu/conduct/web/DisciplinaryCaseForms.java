package vn.congvu.conduct.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import vn.congvu.conduct.discipline.CaseStage;
import vn.congvu.conduct.discipline.DisciplinaryMeasure;
import vn.congvu.conduct.discipline.PostponementReason;

/**
 * The forms of {@link DisciplinaryCaseController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class DisciplinaryCaseForms {

	private DisciplinaryCaseForms() {
	}

	/** The form of {@code DisciplinaryCaseController.open}, as typed. */
	record Open(@Nullable Boolean complex, @Nullable String coHandler) {

		Open {
			complex = complex == null ? false : complex;
		}
	}

	/** The form of {@code DisciplinaryCaseController.step}, as typed. */
	record Step(@NotNull CaseStage stage, @Nullable String heldOn, @Nullable String note) {

		Step {
			heldOn = heldOn == null ? "" : heldOn;
			note = note == null ? "" : note;
		}
	}

	/** The form of {@code DisciplinaryCaseController.postpone}, as typed. */
	record Postpone(@NotNull PostponementReason reason, @Nullable String from, @Nullable String until,
			@Nullable String note) {

		Postpone {
			from = from == null ? "" : from;
			until = until == null ? "" : until;
			note = note == null ? "" : note;
		}
	}

	/** The form of {@code DisciplinaryCaseController.decide}, as typed. */
	record Decide(@Nullable DisciplinaryMeasure measure, @Nullable String decisionDate,
			@Nullable Integer effectMonths) {

		Decide {
			decisionDate = decisionDate == null ? "" : decisionDate;
			effectMonths = effectMonths == null ? 12 : effectMonths;
		}
	}
}
