package vn.congvu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics ({@code /actuator/prometheus}) are read only from the addresses {@code CONGVU_METRICS_FROM} lists
 * (addresses or CIDR ranges, comma-separated: the data centre's Prometheus servers). Unset, nobody reads them: the
 * endpoint answers 404 to everyone, as it does to any address outside the list. The address is the client's as the
 * trusted proxies report it ({@code CONGVU_TRUSTED_PROXIES}), so a citizen's request relayed by the public proxy is
 * refused even when the proxy runs on an allowed machine.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class MetricsEndpointAccess extends OncePerRequestFilter {

	private final List<IpAddressMatcher> allowed;

	MetricsEndpointAccess(@Value("${congvu.metrics-from:}") String from) {
		this.allowed = Arrays.stream(from.split(",")).map(String::strip).filter(s -> !s.isEmpty())
			.map(IpAddressMatcher::new).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/actuator/prometheus");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (allows(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	boolean allows(String address) {
		return allowed.stream().anyMatch(range -> range.matches(address));
	}
}
