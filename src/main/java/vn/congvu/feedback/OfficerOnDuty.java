package vn.congvu.feedback;

/**
 * Which officer a rating counts for: the one the duty roster puts at its desk when it was given (a duty covers its
 * start up to, not including, its end). The roster refuses a duty that overlaps another at the same desk; rows older
 * than that check could, and then the duty that started last counts. A rating given while nobody was on duty counts
 * for its desk and unit only.
 *
 * <p>The rule is one SQL expression, so that the ratings' writer applies it to a whole batch in the statement that
 * stores it, and the desks' page names the officer on duty now by the same rule.
 */
final class OfficerOnDuty {

	private OfficerOnDuty() {
	}

	/**
	 * The SQL expression of the officer's staff id (null when nobody was on duty), for a desk's id and a moment, both
	 * given as SQL expressions of the statement it goes into (a column or a bind parameter, never a user's text).
	 */
	static String staffId(String desk, String moment) {
		return """
				(select d.staff_id from feedback.duty d where d.service_point_id = %1$s
				  and d.starts_at <= %2$s and d.ends_at > %2$s order by d.starts_at desc limit 1)""".formatted(desk,
				moment);
	}
}
