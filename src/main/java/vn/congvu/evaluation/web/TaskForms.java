package vn.congvu.evaluation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.congvu.evaluation.NewTask;
import vn.congvu.evaluation.TaskOrigin;

/**
 * The forms of {@link TaskController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class TaskForms {

	private TaskForms() {
	}

	/** The assignment form as typed; a day or a unit that cannot be read is a field error of its own. */
	record Assign(@Nullable Long unitId, @Nullable String title, @Nullable String expectedProduct,
			@Nullable String ownerCode, @Nullable String coworkerCodes, @Nullable String steps,
			@Nullable TaskOrigin origin, @Nullable String originRef, @Nullable LocalDate dueOn) {

		NewTask task() {
			List<String> coworkers = Arrays.stream((coworkerCodes == null ? "" : coworkerCodes).split("[,;\\s]+"))
				.filter(c -> !c.isBlank())
				.toList();
			return new NewTask(unitId == null ? 0 : unitId, text(ownerCode), coworkers, text(title),
					text(expectedProduct), steps, origin == null ? TaskOrigin.DIRECTIVE : origin, originRef, dueOn);
		}

		private static String text(@Nullable String typed) {
			return typed == null ? "" : typed;
		}
	}

	/** The form of {@code TaskController.act}, as typed. */
	record Act(@Nullable String text, @Nullable Integer percent, @Nullable String ownerCode) {

		Act {
			text = text == null ? "" : text;
			ownerCode = ownerCode == null ? "" : ownerCode;
		}
	}
}
