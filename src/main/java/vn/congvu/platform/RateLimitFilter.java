package vn.congvu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits public writes (citizen feedback, reports, public forms) per client address with a token bucket; over the
 * limit the answer is 429 with Retry-After. Buckets live in this node's memory: with several nodes the limit applies
 * per node, which is enough to stop one client flooding the service.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_CLIENTS = 100_000;

	static final int DEFAULT_LOOKUPS_PER_MINUTE = 30;

	private final int perMinute;
	private final int lookupsPerMinute;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
	private final Map<String, Bucket> lookups = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	RateLimitFilter(@Value("${congvu.public-writes-per-minute:60}") int perMinute,
			@Value("${congvu.tracking-lookups-per-minute:30}") int lookupsPerMinute) {
		this.perMinute = perMinute;
		this.lookupsPerMinute = lookupsPerMinute;
	}

	RateLimitFilter(int perMinute) {
		this(perMinute, DEFAULT_LOOKUPS_PER_MINUTE);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isWrite(request) && !isLookup(request);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean isWrite(HttpServletRequest request) {
		String path = path(request);
		return "POST".equals(request.getMethod()) && (path.startsWith("/api/v1/feedback")
				|| path.startsWith("/api/v1/reports") || path.startsWith("/api/v1/polls") || path.startsWith("/public/"));
	}

	/** Looking up a report by its tracking code: limited too, so that codes cannot be tried one after another. */
	private static boolean isLookup(HttpServletRequest request) {
		String path = path(request);
		return "GET".equals(request.getMethod()) && (path.startsWith("/api/v1/reports/")
				|| (path.equals("/public/reports/track") && request.getParameter("code") != null));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (buckets.size() > MAX_CLIENTS || lookups.size() > MAX_CLIENTS) {
			buckets.clear(); // a flood of distinct addresses must not exhaust memory
			lookups.clear();
		}
		boolean lookup = isLookup(request);
		long waitSeconds = (lookup ? lookups : buckets).computeIfAbsent(request.getRemoteAddr(),
				k -> new Bucket(lookup ? lookupsPerMinute : perMinute)).take();
		if (waitSeconds > 0) { // the error page or the problem, in the user's language (ErrorPages)
			response.setHeader("Retry-After", String.valueOf(waitSeconds));
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Tokens refill continuously at {@code perMinute} a minute, up to {@code perMinute}. */
	static final class Bucket {

		private final double capacity;
		private double tokens;
		private long updatedNanos = System.nanoTime();

		Bucket(int perMinute) {
			this.capacity = perMinute;
			this.tokens = perMinute;
		}

		/** Takes a token; returns 0 when allowed, else the seconds to wait for the next token. */
		synchronized long take() {
			long now = System.nanoTime();
			tokens = Math.min(capacity, tokens + (now - updatedNanos) / 60e9 * capacity);
			updatedNanos = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / capacity));
		}
	}
}
