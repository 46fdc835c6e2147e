package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Until the start-up work is done (readiness not yet "accepting traffic") a page answers 503 with Retry-After and a
 * page that reloads itself, while the health endpoints answer; once ready, every request goes through.
 */
class StartingUpFilterTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
	private final StartingUpFilter filter = new StartingUpFilter(availability);

	private MockHttpServletResponse get(String path) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
		return response;
	}

	@Test
	void pagesWaitForReadinessAndHealthDoesNot() throws Exception {
		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		MockHttpServletResponse login = get("/login");
		assertThat(login.getStatus()).isEqualTo(503);
		assertThat(login.getHeader("Retry-After")).isEqualTo("5");
		assertThat(login.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Congvu đang khởi động");
		assertThat(get("/actuator/health/readiness").getStatus()).isEqualTo(200);

		availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(get("/login").getStatus()).isEqualTo(200);
	}
}
