package vn.congvu.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in two lines, instead of a stack of bean errors, why Congvu did not start on a data directory another running
 * Congvu holds, and what to do.
 */
class DataDirectoryInUse extends AbstractFailureAnalyzer<DataDirectoryInUse.Refused> {

	/** Another live node holds the data directory. */
	static final class Refused extends IllegalStateException {

		Refused(String message) {
			super(message);
		}
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, Refused cause) {
		return new FailureAnalysis(cause.getMessage(), "Stop the Congvu that holds it, or set CONGVU_DATA_DIR to "
				+ "another folder for this one. Never remove congvu.lock or postmaster.pid by hand while it runs.", cause);
	}
}
