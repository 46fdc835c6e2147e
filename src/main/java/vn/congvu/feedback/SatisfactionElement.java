package vn.congvu.feedback;

/** Yếu tố đo sự hài lòng: the five SIPAS elements, the kiosk's overall question, and follow-up reasons. */
public enum SatisfactionElement {
	ACCESS, PROCEDURE, OFFICER, RESULT, FEEDBACK_HANDLING, OVERALL,
	/** A follow-up reason after a negative answer (0/1); not a satisfaction score. */
	REASON;

	public boolean scored() {
		return this != REASON;
	}
}
