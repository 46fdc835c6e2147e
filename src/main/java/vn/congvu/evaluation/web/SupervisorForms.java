package vn.congvu.evaluation.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link SupervisorController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class SupervisorForms {

	private SupervisorForms() {
	}

	/** The form of {@code SupervisorController.assign}, as typed. */
	record Assign(@Nullable String staffId, @Nullable String supervisorId) {

		Assign {
			staffId = staffId == null ? "" : staffId;
			supervisorId = supervisorId == null ? "" : supervisorId;
		}
	}
}
