package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which post is a citizen's write, and what its answer says of it. */
class PublicWriteMetricsTests {

	@ParameterizedTest
	@CsvSource(nullValues = "-", value = {
		"/api/v1/feedback,           RATING",
		"/public/survey/P00070-1,    RATING",
		"/api/v1/polls/12/votes,     VOTE",
		"/public/polls/12/votes,     VOTE",
		"/polls/12/votes,            VOTE",
		"/api/v1/reports,            REPORT",
		"/public/reports,            REPORT",
		"/public/reports/track,      -",
		"/api/v1/feedback/extra,     -",
		"/portal/polls,              -",
		"/login,                     -" })
	void kinds(String path, PublicWriteMetrics.Kind expected) {
		assertThat(PublicWriteMetrics.kind(path)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({
		"true,  201, ACCEPTED",
		"true,  200, ACCEPTED",
		"true,  303, REFUSED",
		"true,  400, REFUSED",
		"true,  404, REFUSED",
		"true,  429, RATE_LIMITED",
		"true,  503, UNAVAILABLE",
		"true,  500, FAILED",
		"false, 303, ACCEPTED",
		"false, 302, ACCEPTED",
		"false, 200, REFUSED",
		"false, 403, REFUSED",
		"false, 429, RATE_LIMITED",
		"false, 503, UNAVAILABLE" })
	void outcomes(boolean api, int status, PublicWriteMetrics.Outcome expected) {
		assertThat(PublicWriteMetrics.outcome(api, status)).isEqualTo(expected);
	}
}
