package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportStatusTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource(textBlock = """
			RECEIVED,        ASSIGNED,        true
			RECEIVED,        TRANSFERRED,     true
			RECEIVED,        VERIFYING,       false
			RECEIVED,        SUBSTANTIATED,   false
			ASSIGNED,        ASSIGNED,        true
			ASSIGNED,        VERIFYING,       true
			ASSIGNED,        UNSUBSTANTIATED, false
			VERIFYING,       SUBSTANTIATED,   true
			VERIFYING,       UNSUBSTANTIATED, true
			VERIFYING,       TRANSFERRED,     true
			VERIFYING,       RECEIVED,        false
			SUBSTANTIATED,   VERIFYING,       false
			UNSUBSTANTIATED, SUBSTANTIATED,   false
			TRANSFERRED,     ASSIGNED,        false
			""")
	void onlyTheWorkflowsStepsAreAllowed(ReportStatus from, ReportStatus to, boolean allowed) {
		assertThat(from.canBecome(to)).isEqualTo(allowed);
	}

	@ParameterizedTest
	@CsvSource({ "RECEIVED,false", "ASSIGNED,false", "VERIFYING,false", "SUBSTANTIATED,true",
			"UNSUBSTANTIATED,true", "TRANSFERRED,true" })
	void endedStatesAllowNothingFurther(ReportStatus status, boolean ended) {
		assertThat(status.ended()).isEqualTo(ended);
	}
}
