package vn.congvu.feedback.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The citizen's survey form, bound by Spring. */
final class PublicFeedbackForms {

	private PublicFeedbackForms() {
	}

	/**
	 * A citizen's answers, {@code answer[questionCode]} each a digit of the scale, with a comment, the receipt code
	 * and the key the page gave the form (a resend of the same form is counted once).
	 */
	record Answers(Map<String, String> answer, String comment, String receiptCode, String clientRef) {

		Answers {
			answer = answer == null ? new LinkedHashMap<>() : answer;
			comment = comment == null ? "" : comment;
			receiptCode = receiptCode == null ? "" : receiptCode;
			clientRef = clientRef == null ? "" : clientRef;
		}
	}
}
