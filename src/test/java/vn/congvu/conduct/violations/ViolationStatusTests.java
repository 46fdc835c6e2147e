package vn.congvu.conduct.violations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationStatusTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource(textBlock = """
			RECORDED,             AWAITING_EXPLANATION, true
			RECORDED,             DISMISSED,            true
			RECORDED,             CONFIRMED,            false
			RECORDED,             HANDLED,              false
			AWAITING_EXPLANATION, CONFIRMED,            true
			AWAITING_EXPLANATION, DISMISSED,            true
			AWAITING_EXPLANATION, HANDLED,              false
			CONFIRMED,            HANDLED,              true
			CONFIRMED,            DISMISSED,            false
			DISMISSED,            CONFIRMED,            false
			HANDLED,              RECORDED,             false
			""")
	void aViolationMovesOnlyAlongItsWorkflow(ViolationStatus from, ViolationStatus to, boolean allowed) {
		assertThat(from.canBecome(to)).isEqualTo(allowed);
	}
}
