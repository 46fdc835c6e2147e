package vn.congvu.feedback.web;

import org.jspecify.annotations.Nullable;
import vn.congvu.feedback.ReportKind;

/**
 * The forms of {@link PublicReportController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class PublicReportForms {

	private PublicReportForms() {
	}

	/** The form of {@code PublicReportController.file}, as typed. */
	record File(@Nullable Long unitId, @Nullable ReportKind kind, @Nullable String occurredOn,
			@Nullable String description, @Nullable Boolean anonymous, @Nullable String reporterName,
			@Nullable String reporterContact) {

		File {
			occurredOn = occurredOn == null ? "" : occurredOn;
			description = description == null ? "" : description;
			anonymous = anonymous == null ? false : anonymous;
			reporterName = reporterName == null ? "" : reporterName;
			reporterContact = reporterContact == null ? "" : reporterContact;
		}
	}
}
