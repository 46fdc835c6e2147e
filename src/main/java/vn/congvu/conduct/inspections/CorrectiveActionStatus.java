package vn.congvu.conduct.inspections;

/** Open until the re-check finds it done or not done. */
public enum CorrectiveActionStatus {
	OPEN, DONE, NOT_DONE
}
