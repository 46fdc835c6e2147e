package vn.congvu.feedback.web;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link ServicePointController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class ServicePointForms {

	private ServicePointForms() {
	}

	/** The form of {@code ServicePointController.close}, as typed. */
	record Close(String lastDay) {

		Close {
			lastDay = lastDay == null ? "" : lastDay;
		}
	}

	/** The form of {@code ServicePointController.registerKiosk}, as typed. */
	record RegisterKiosk(String name) {

		RegisterKiosk {
			name = name == null ? "" : name;
		}
	}

	/** A new service desk. */
	record Desk(@Nullable Long unitId, String code, String name, String hotline,
			@Nullable Boolean receiptRequired, @Nullable LocalDate validFrom) {

		Desk {
			receiptRequired = receiptRequired != null && receiptRequired;
			code = code == null ? "" : code;
			name = name == null ? "" : name;
			hotline = hotline == null ? "" : hotline;
		}
	}

	/** A desk's details, corrected. */
	record Details(String name, String hotline, @Nullable Boolean receiptRequired) {

		Details {
			receiptRequired = receiptRequired != null && receiptRequired;
			name = name == null ? "" : name;
			hotline = hotline == null ? "" : hotline;
		}
	}

	/** A duty on the desk's roster: who, which day, from and to (H:mm). */
	record Duty(@Nullable Long staffId, @Nullable LocalDate day, @Nullable LocalTime from, @Nullable LocalTime to) {
	}

	/** A unit's contact for citizens. */
	record Contact(String hotline, String email, String receptionSchedule) {

		Contact {
			hotline = hotline == null ? "" : hotline;
			email = email == null ? "" : email;
			receptionSchedule = receptionSchedule == null ? "" : receptionSchedule;
		}
	}
}
