package vn.congvu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congvu.shared.TextLimits;

/**
 * Refuses, with a 400, any request whose query or form parameters hold control characters other than line breaks and
 * tabs: no form or app sends them, PostgreSQL refuses NUL outright, and before this a NUL in a search box answered
 * 500 on several pages. The answer goes through the error pages (problem+json under {@code /api}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ControlCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String[] values : request.getParameterMap().values()) {
			for (String value : values) {
				if (!TextLimits.clean(value)) {
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}
}
