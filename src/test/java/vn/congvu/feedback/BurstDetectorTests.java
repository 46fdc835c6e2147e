package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BurstDetectorTests {

	private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

	/** Taps as source@second, and which of them are bursts (1) or not (0), with a five-second minimum gap. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			a@0                         | 0
			a@0 a@1                     | 0 1
			a@0 a@1 a@2 a@3             | 0 1 1 1
			a@0 a@5                     | 0 0
			a@0 a@4.999                 | 0 1
			a@0 b@1 a@2 b@30            | 0 0 1 0
			a@0 a@1 a@20 a@21 a@40      | 0 1 0 1 0
			""")
	void tapsSoonerThanTheGapAreBursts(String taps, String expected) {
		BurstDetector detector = new BurstDetector(Duration.ofSeconds(5));
		List<String> flags = new ArrayList<>();
		for (String tap : taps.split("\\s+")) {
			String[] parts = tap.split("@");
			Instant at = T0.plusMillis((long) (Double.parseDouble(parts[1]) * 1000));
			flags.add(detector.isBurst(parts[0], at) ? "1" : "0");
		}
		assertThat(String.join(" ", flags)).isEqualTo(expected);
	}
}
