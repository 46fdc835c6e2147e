package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTests {

	@Test
	void aClientOverTheLimitGets429WithRetryAfterAndOthersAreNotAffected() throws Exception {
		RateLimitFilter filter = new RateLimitFilter(2);
		assertThat(post(filter, "10.0.0.1", "/api/v1/feedback").getStatus()).isEqualTo(200);
		assertThat(post(filter, "10.0.0.1", "/api/v1/feedback").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = post(filter, "10.0.0.1", "/api/v1/reports");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
		assertThat(refused.getErrorMessage()).as("answered by the error page or problem, in the reader's language")
			.isNull();
		assertThat(post(filter, "10.0.0.2", "/api/v1/feedback").getStatus()).isEqualTo(200);
	}

	@Test
	void readsAndOtherPathsAreNotLimited() throws Exception {
		RateLimitFilter filter = new RateLimitFilter(1);
		for (int i = 0; i < 5; i++) {
			assertThat(post(filter, "10.0.0.3", "/staff/import").getStatus()).isEqualTo(200);
			MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/v1/reports/PA-1");
			get.setRemoteAddr("10.0.0.3");
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(get, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	@Test
	void trackingCodesCannotBeTriedOneAfterAnother() throws Exception {
		RateLimitFilter filter = new RateLimitFilter(1000, 3);
		for (int i = 0; i < 3; i++) {
			assertThat(get(filter, "10.0.0.4", "/api/v1/reports/PA-" + i, null).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = get(filter, "10.0.0.4", "/api/v1/reports/PA-9", null);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		MockHttpServletResponse page = get(filter, "10.0.0.4", "/public/reports/track", "PA-10");
		assertThat(page.getStatus()).isEqualTo(429);
		assertThat(page.getHeader("Retry-After")).isNotNull();
		assertThat(get(filter, "10.0.0.5", "/public/reports/track", "PA-11").getStatus()).isEqualTo(200);
		assertThat(get(filter, "10.0.0.4", "/public/reports/track", null).getStatus()).isEqualTo(200); // the form
	}

	private static MockHttpServletResponse get(RateLimitFilter filter, String address, String path, String code)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		if (code != null) {
			request.setParameter("code", code);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void tokensComeBackOverTime() {
		RateLimitFilter.Bucket bucket = new RateLimitFilter.Bucket(600); // ten a second
		for (int i = 0; i < 600; i++) {
			assertThat(bucket.take()).isZero();
		}
		assertThat(bucket.take()).isEqualTo(1);
	}

	private static MockHttpServletResponse post(RateLimitFilter filter, String address, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}
}
