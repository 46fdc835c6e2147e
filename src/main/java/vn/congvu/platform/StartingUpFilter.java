package vn.congvu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} until the application is ready: the web server listens before the start-up
 * work (the demo data, the first administrator) is done, and a sign-in page shown then would refuse accounts that are
 * about to exist. Readiness turns to "accepting traffic" once that work has run, so {@code /actuator/health/readiness}
 * and every page agree; the health endpoints themselves always answer, for the load balancer to ask.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUpFilter extends OncePerRequestFilter {

	private static final byte[] PAGE = """
			<!DOCTYPE html>
			<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<meta http-equiv="refresh" content="5"><title>Congvu đang khởi động</title></head>
			<body><main><h1>Congvu đang khởi động</h1>
			<p>Hệ thống đang chuẩn bị dữ liệu; trang sẽ tự tải lại sau vài giây.</p>
			<p lang="en">Congvu is starting and preparing its data; this page reloads itself in a few seconds.</p>
			</main></body></html>
			""".getBytes(StandardCharsets.UTF_8);

	private final ApplicationAvailability availability;
	private volatile boolean ready;

	StartingUpFilter(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ready || request.getRequestURI().startsWith("/actuator/")) {
			chain.doFilter(request, response);
			return;
		}
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			ready = true;
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "5");
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(PAGE);
	}
}
