package vn.congvu.conduct.web;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.congvu.conduct.inspections.ChecklistResult;
import vn.congvu.conduct.violations.ViolationSeverity;

/**
 * The forms of {@link VisitController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class VisitForms {

	private VisitForms() {
	}

	/** The form of {@code VisitController.addItem}, as typed. */
	record AddItem(@Nullable String label) {

		AddItem {
			label = label == null ? "" : label;
		}
	}

	/** The form of {@code VisitController.addFinding}, as typed. */
	record AddFinding(@NotNull Long unitId, @Nullable Long staffId, @Nullable Long articleId,
			@Nullable ViolationSeverity severity, @Nullable String description) {

		AddFinding {
			severity = severity == null ? ViolationSeverity.MINOR : severity;
			description = description == null ? "" : description;
		}
	}

	/** The form of {@code VisitController.requireAction}, as typed. */
	record RequireAction(@NotNull Long unitId, @Nullable Long ownerStaffId, @Nullable String description,
			@Nullable String dueOn) {

		RequireAction {
			description = description == null ? "" : description;
			dueOn = dueOn == null ? "" : dueOn;
		}
	}

	/** The form of {@code VisitController.draft}, as typed. */
	record Draft(@Nullable String summary) {

		Draft {
			summary = summary == null ? "" : summary;
		}
	}

	/** A visit's checklist as the inspector fills it: {@code result[articleId]} and {@code note[articleId]}. */
	record Checklist(Map<Long, ChecklistResult> result, Map<Long, String> note) {

		Checklist {
			result = result == null ? new LinkedHashMap<>() : new LinkedHashMap<>(result);
			note = note == null ? new LinkedHashMap<>() : new LinkedHashMap<>(note);
		}
	}
}
