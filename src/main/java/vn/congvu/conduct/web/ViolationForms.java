package vn.congvu.conduct.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.congvu.conduct.violations.ViolationHandling;
import vn.congvu.conduct.violations.ViolationSeverity;

/**
 * The forms of {@link ViolationController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class ViolationForms {

	private ViolationForms() {
	}

	/** The form of {@code ViolationController.record}, as typed. */
	record Record(@Nullable Long unitId, String staffCode, @Nullable Long articleId, ViolationSeverity severity,
			String description, @Nullable LocalDate occurredOn) {

		Record {
			staffCode = staffCode == null ? "" : staffCode;
			severity = severity == null ? ViolationSeverity.MINOR : severity;
			description = description == null ? "" : description;
		}
	}

	/** The form of {@code ViolationController.act}, as typed. */
	record Act(@Nullable String text, @Nullable Boolean confirmed, @Nullable ViolationHandling handling) {

		Act {
			text = text == null ? "" : text;
			confirmed = confirmed == null ? false : confirmed;
		}
	}
}
