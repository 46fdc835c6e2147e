package vn.congvu.orgunit.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link OrgUnitAdminController}, each a record bound by Spring: a value that cannot be read, or a required one
 * that is missing, refuses the form at its field; defaults are those the form had when a field is not sent.
 */
final class OrgUnitAdminForms {

	private OrgUnitAdminForms() {
	}

	/** The form of {@code OrgUnitAdminController.create}, as typed. */
	record Create(@Nullable String code, @Nullable String name, @Nullable String type, @Nullable String parentId,
			@Nullable String validFrom) {

		Create {
			code = code == null ? "" : code;
			name = name == null ? "" : name;
			type = type == null ? "" : type;
			parentId = parentId == null ? "" : parentId;
			validFrom = validFrom == null ? "" : validFrom;
		}
	}

	/** The form of {@code OrgUnitAdminController.rename}, as typed. */
	record Rename(@Nullable String name) {

		Rename {
			name = name == null ? "" : name;
		}
	}

	/** The form of {@code OrgUnitAdminController.move}, as typed. */
	record Move(@Nullable String parentId) {

		Move {
			parentId = parentId == null ? "" : parentId;
		}
	}

	/** The form of {@code OrgUnitAdminController.reorganise}, as typed. */
	record Reorganise(@Nullable String step) {

		Reorganise {
			step = step == null ? "preview" : step;
		}
	}
}
