package vn.congvu.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts what citizens send (ratings, poll votes, harassment reports) by its outcome, and every request answered 503
 * ("try again later"): {@code congvu_public_writes_total{kind, outcome}} and {@code congvu_unavailable_total}. It
 * stands before the rate limit and the votes' fast path, so a vote answered there and a rating refused for its rate
 * are counted alike. Which answer means what is {@link #outcome}'s rule: an API call is accepted with a 2xx; a form is
 * accepted when it redirects (post, then redirect) and refused when the page comes back with its errors.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PublicWriteMetrics extends OncePerRequestFilter {

	/** What a citizen sent. */
	enum Kind {
		RATING, VOTE, REPORT
	}

	/** How it ended. */
	enum Outcome {
		ACCEPTED, REFUSED, RATE_LIMITED, UNAVAILABLE, FAILED
	}

	private final Map<Kind, Map<Outcome, Counter>> writes = new EnumMap<>(Kind.class);
	private final Counter unavailable;

	PublicWriteMetrics(MeterRegistry registry) {
		for (Kind kind : Kind.values()) {
			Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
			for (Outcome outcome : Outcome.values()) {
				byOutcome.put(outcome, Counter.builder("congvu.public.writes")
					.description("Ratings, poll votes and reports sent by citizens, by outcome")
					.tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
					.tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
			}
			writes.put(kind, byOutcome);
		}
		unavailable = Counter.builder("congvu.unavailable")
			.description("Requests answered 503 (database away, writers full), after the start-up is over")
			.register(registry);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			int status = failed ? 500 : response.getStatus();
			if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
				unavailable.increment();
			}
			if (HttpMethod.POST.matches(request.getMethod())) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				Kind kind = kind(path);
				if (kind != null) {
					writes.get(kind).get(outcome(path.startsWith("/api/"), status)).increment();
				}
			}
		}
	}

	/** The kind of citizen's write a POST to {@code path} is, or null for any other post. */
	static @Nullable Kind kind(String path) {
		if (path.equals("/api/v1/feedback") || path.startsWith("/public/survey/")) {
			return Kind.RATING;
		}
		if (path.endsWith("/votes") && (path.startsWith("/api/v1/polls/") || path.startsWith("/public/polls/")
				|| path.startsWith("/polls/"))) {
			return Kind.VOTE;
		}
		if (path.equals("/api/v1/reports") || path.equals("/public/reports")) {
			return Kind.REPORT;
		}
		return null;
	}

	/** What an answer with {@code status} says of a write sent to the API or by a form. */
	static Outcome outcome(boolean api, int status) {
		if (status == 429) {
			return Outcome.RATE_LIMITED;
		}
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			return Outcome.UNAVAILABLE;
		}
		if (status >= 500) {
			return Outcome.FAILED;
		}
		if (status >= 400) {
			return Outcome.REFUSED;
		}
		if (api) {
			return status >= 200 && status < 300 ? Outcome.ACCEPTED : Outcome.REFUSED;
		}
		return status >= 300 ? Outcome.ACCEPTED : Outcome.REFUSED; // a form that comes back holds its errors
	}
}
