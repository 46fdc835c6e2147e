package vn.congvu.emulation.web;

import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link RecognitionController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class RecognitionForms {

	private RecognitionForms() {
	}

	/** The form of {@code RecognitionController.submit}, as typed. */
	record Submit(@Nullable String title, @Nullable String description, @Nullable String appliedSince,
			@Nullable String benefits) {

		Submit {
			title = title == null ? "" : title;
			description = description == null ? "" : description;
			appliedSince = appliedSince == null ? "" : appliedSince;
			benefits = benefits == null ? "" : benefits;
		}
	}

	/** The form of {@code RecognitionController.recognize}, as typed. */
	record Recognize(@Nullable String scope, @Nullable String recognizedOn, @Nullable String recognizedBy,
			@Nullable String decisionRef) {

		Recognize {
			scope = scope == null ? "" : scope;
			recognizedOn = recognizedOn == null ? "" : recognizedOn;
			recognizedBy = recognizedBy == null ? "" : recognizedBy;
			decisionRef = decisionRef == null ? "" : decisionRef;
		}
	}

	/** The form of {@code RecognitionController.reject}, as typed. */
	record Reject(@Nullable String reason) {

		Reject {
			reason = reason == null ? "" : reason;
		}
	}

	/** The form of {@code RecognitionController.write}, as typed. */
	record Write(@Nullable Long unitId, @Nullable String subjectKind, @Nullable String subjectName,
			@Nullable String headline, @Nullable String story) {

		Write {
			unitId = unitId == null ? 0L : unitId;
			subjectKind = subjectKind == null ? "" : subjectKind;
			subjectName = subjectName == null ? "" : subjectName;
			headline = headline == null ? "" : headline;
			story = story == null ? "" : story;
		}
	}

	/** The form of {@code RecognitionController.sendBack}, as typed. */
	record SendBack(@Nullable String reason) {

		SendBack {
			reason = reason == null ? "" : reason;
		}
	}

	/** The form of {@code RecognitionController.withdraw}, as typed. */
	record Withdraw(@Nullable String reason) {

		Withdraw {
			reason = reason == null ? "" : reason;
		}
	}
}
