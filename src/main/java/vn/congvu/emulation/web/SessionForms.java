package vn.congvu.emulation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link SessionController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class SessionForms {

	private SessionForms() {
	}

	/** The form of {@code SessionController.create}, as typed. */
	record Create(@Nullable Long unitId, @Nullable String name, @Nullable List<String> member, @Nullable String chair) {

		Create {
			unitId = unitId == null ? 0L : unitId;
			name = name == null ? "" : name;
			chair = chair == null ? "" : chair;
		}
	}

	/** The form of {@code SessionController.threshold}, as typed. */
	record Threshold(@Nullable String percent, @Nullable String basis) {

		Threshold {
			percent = percent == null ? "" : percent;
			basis = basis == null ? "" : basis;
		}
	}

	/** The form of {@code SessionController.open}, as typed. */
	record Open(@Nullable String heldOn) {

		Open {
			heldOn = heldOn == null ? "" : heldOn;
		}
	}

	/** The form of {@code SessionController.vote}, as typed. */
	record Vote(@Nullable Long proposalId, @Nullable String choice) {

		Vote {
			proposalId = proposalId == null ? 0L : proposalId;
			choice = choice == null ? "" : choice;
		}
	}

	/** The form of {@code SessionController.decide}, as typed. */
	record Decide(@Nullable Long authority, @Nullable String signedOn) {

		Decide {
			authority = authority == null ? 0L : authority;
			signedOn = signedOn == null ? "" : signedOn;
		}
	}

	/** The form of {@code SessionController.replace}, as typed. */
	record Replace(@Nullable Long authority, @Nullable String signedOn, @Nullable String reason) {

		Replace {
			authority = authority == null ? 0L : authority;
			signedOn = signedOn == null ? "" : signedOn;
			reason = reason == null ? "" : reason;
		}
	}
}
