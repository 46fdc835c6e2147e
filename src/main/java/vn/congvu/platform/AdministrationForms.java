package vn.congvu.platform;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link AdministrationController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class AdministrationForms {

	private AdministrationForms() {
	}

	/** The new-account form, as typed. */
	record Account(@Nullable String username, @Nullable String displayName, @Nullable Role role,
			@Nullable Long scopeUnitId, @Nullable String staffCode) {
	}

	/** The form of {@code AdministrationController.enable}, as typed. */
	record Enable(@Nullable Boolean enabled) {

		Enable {
			enabled = enabled == null ? false : enabled;
		}
	}

	/** The form of {@code AdministrationController.changePassword}, as typed. */
	record ChangePassword(@Nullable String current, @Nullable String next, @Nullable String repeat) {

		ChangePassword {
			current = current == null ? "" : current;
			next = next == null ? "" : next;
			repeat = repeat == null ? "" : repeat;
		}
	}
}
