package vn.congvu.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Vietnam's time zone, so that "today" means today in Hà Nội. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId VIETNAM = vn.congvu.shared.VietnameseDates.VIETNAM;

	@Bean
	Clock clock() {
		return Clock.system(VIETNAM);
	}
}
