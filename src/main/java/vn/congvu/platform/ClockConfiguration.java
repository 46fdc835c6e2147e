package vn.congvu.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Vietnam's time zone, so that "today" means today in Hà Nội. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId VIETNAM = vn.congvu.shared.VietnameseDates.VIETNAM;

	/**
	 * The system clock in Vietnam's zone; with {@code congvu.clock.fixed} (a Vietnam local date-time such as
	 * {@code 2026-12-02T23:30}) a clock stopped at that moment, for tests and reproducible demonstrations.
	 */
	@Bean
	Clock clock(@Value("${congvu.clock.fixed:}") String fixed) {
		if (fixed.isBlank()) {
			return Clock.system(VIETNAM);
		}
		return Clock.fixed(java.time.LocalDateTime.parse(fixed.strip()).atZone(VIETNAM).toInstant(), VIETNAM);
	}
}
