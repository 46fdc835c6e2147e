package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.shared.VietnameseDates;

/** The application clock is Vietnam's, and a fixed clock given to the run (CI's midnight passes) is the one used. */
class ClockIntegrationTests extends IntegrationTestSupport {

	@Test
	void theApplicationClockIsInVietnamAndHonoursAFixedTime() {
		assertThat(clock.getZone()).isEqualTo(VietnameseDates.VIETNAM);
		String fixed = System.getProperty("congvu.clock.fixed", "");
		if (fixed.isBlank()) {
			assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
		}
		else {
			assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.parse(fixed));
		}
	}
}
