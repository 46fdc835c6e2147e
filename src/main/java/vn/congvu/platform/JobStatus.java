package vn.congvu.platform;

import java.util.Set;

/**
 * Where a background job is: it runs, then ends once, done or failed; an ended job never changes again (a failed one
 * is run again as a new job).
 */
public enum JobStatus {

	RUNNING, SUCCEEDED, FAILED;

	/** Whether the job has ended. */
	public boolean finished() {
		return this != RUNNING;
	}

	/** The states this one may move to. */
	Set<JobStatus> next() {
		return this == RUNNING ? Set.of(SUCCEEDED, FAILED) : Set.of();
	}

	/** Refuses a move the life of a job does not allow. */
	void requireMoveTo(JobStatus target) {
		if (!next().contains(target)) {
			throw new IllegalStateException("A job cannot go from " + this + " to " + target);
		}
	}
}
