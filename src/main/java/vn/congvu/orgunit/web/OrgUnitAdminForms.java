package vn.congvu.orgunit.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.congvu.orgunit.OrgUnitType;

/**
 * The forms of {@link OrgUnitAdminController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class OrgUnitAdminForms {

	private OrgUnitAdminForms() {
	}

	/** The form of {@code OrgUnitAdminController.create}, as typed. */
	record Create(String code, String name, @Nullable OrgUnitType type, @Nullable Long parentId,
			@Nullable LocalDate validFrom, @Nullable String agencyCode) {

		Create {
			code = code == null ? "" : code;
			name = name == null ? "" : name;
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
