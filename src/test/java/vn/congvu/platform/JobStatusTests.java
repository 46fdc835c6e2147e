package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A job runs, then ends once: every pair of states, allowed or not. */
class JobStatusTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "RUNNING, RUNNING, false", "RUNNING, SUCCEEDED, true", "RUNNING, FAILED, true",
			"SUCCEEDED, RUNNING, false", "SUCCEEDED, SUCCEEDED, false", "SUCCEEDED, FAILED, false",
			"FAILED, RUNNING, false", "FAILED, SUCCEEDED, false", "FAILED, FAILED, false" })
	void onlyARunningJobEndsAndOnlyOnce(JobStatus from, JobStatus to, boolean allowed) {
		assertThat(from.next().contains(to)).isEqualTo(allowed);
		assertThat(from.finished()).isEqualTo(from != JobStatus.RUNNING);
		if (allowed) {
			from.requireMoveTo(to);
		}
		else {
			assertThatThrownBy(() -> from.requireMoveTo(to)).isInstanceOf(IllegalStateException.class);
		}
	}
}
