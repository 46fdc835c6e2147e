package vn.congvu.reformindex;

/** What the rank-uncertainty analysis varies; the sensitivity summary varies each alone. */
public enum UncertaintySource {
	/** The contents' weights, within their ranges. */
	WEIGHTS,
	/** The lines a person judged: those the council changed, and (by the methodology) those it accepted as they were. */
	JUDGED_LINES,
	/** The survey component: its sampling error from the number of answers, or the methodology's spread. */
	SURVEY
}
