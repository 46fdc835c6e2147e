package vn.congvu.conduct.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link InspectionTeamController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class InspectionTeamForms {

	private InspectionTeamForms() {
	}

	/** The form of {@code InspectionTeamController.create}, as typed. */
	record Create(@Nullable String name, @Nullable String leaderCode, @Nullable String memberCodes,
			@Nullable List<Long> unitIds) {

		Create {
			name = name == null ? "" : name;
			leaderCode = leaderCode == null ? "" : leaderCode;
			memberCodes = memberCodes == null ? "" : memberCodes;
		}
	}

	/** The form of {@code InspectionTeamController.addMember}, as typed. */
	record AddMember(@Nullable String staffCode) {

		AddMember {
			staffCode = staffCode == null ? "" : staffCode;
		}
	}
}
