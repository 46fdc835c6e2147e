package vn.congvu.feedback.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.congvu.platform.AnonymousPages;

/**
 * The QR survey page, rendered once per desk and language and kept a few seconds; each visit gets the kept page with
 * its own parts written in: the form token of the visit (made, and its cookie set, by the security filters as for
 * any page), a new client reference and a new one-time token. Profiled under load, rendering the template was half the page's time and its
 * request-attribute look-ups through the wrappers much of the rest. The filter runs after the security filters, so
 * headers, cookies and the form token are exactly those of a rendered page. A request with parameters or a session is
 * rendered as usual; a page whose parts cannot be found once each is not kept.
 */
@Component
@Order(0) // after Spring Security's filters (-100): the visit's form token exists by then
class SurveyPageCache extends OncePerRequestFilter {

	/** The request attribute where the survey page's controller leaves the client reference it wrote. */
	static final String CLIENT_REF = SurveyPageCache.class.getName() + ".clientRef";

	private static final Pattern SURVEY = Pattern.compile("/public/survey/([A-Za-z0-9-]{1,40})");
	private static final int MAX_ENTRIES = 5_000;

	private final long ttlNanos;
	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	SurveyPageCache(@Value("${congvu.feedback.page-cache-seconds:10}") long ttlSeconds) {
		this.ttlNanos = ttlSeconds * 1_000_000_000L;
	}

	/** What each visit gets of its own, in the order the page holds them. */
	private enum Part {
		FORM_TOKEN, CLIENT_REF, ONE_TIME_TOKEN
	}

	/** A kept page cut where the visit's parts go: {@code segments[0] parts[0] segments[1] … segments[n]}. */
	private record Entry(List<String[]> headers, List<byte[]> segments, List<Part> parts, long bornNanos) {
	}

	private static final Pattern ONE_TIME = Pattern.compile("name=\"_once\" value=\"([0-9a-f-]{36})\"");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return AnonymousPages.cacheable(request, SURVEY) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (csrf == null) {
			chain.doFilter(request, response);
			return;
		}
		Matcher matcher = java.util.Objects.requireNonNull(AnonymousPages.cacheable(request, SURVEY));
		String key = matcher.group(1) + (AnonymousPages.english(request) ? ":en" : ":vi");
		Entry entry = entries.get(key);
		if (entry != null && System.nanoTime() - entry.bornNanos() < ttlNanos) {
			serve(entry, csrf, response);
			return;
		}
		String token = csrf.getToken();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		Object clientRef = request.getAttribute(CLIENT_REF);
		if (wrapper.getStatus() == 200 && clientRef != null) {
			keep(key, wrapper, token, clientRef.toString());
		}
		wrapper.copyBodyToResponse();
	}

	private static void serve(Entry entry, CsrfToken csrf, HttpServletResponse response) throws IOException {
		byte[][] parts = new byte[entry.parts().size()][];
		int length = 0;
		for (int i = 0; i < parts.length; i++) {
			parts[i] = switch (entry.parts().get(i)) {
				case FORM_TOKEN -> csrf.getToken().getBytes(StandardCharsets.UTF_8); // sets the form cookie when new
				case CLIENT_REF, ONE_TIME_TOKEN -> UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
			};
			length += parts[i].length;
		}
		for (byte[] segment : entry.segments()) {
			length += segment.length;
		}
		response.setStatus(200);
		entry.headers().forEach(h -> response.addHeader(h[0], h[1]));
		response.setContentLength(length);
		var out = response.getOutputStream();
		for (int i = 0; i < parts.length; i++) {
			out.write(entry.segments().get(i));
			out.write(parts[i]);
		}
		out.write(entry.segments().getLast());
	}

	private void keep(String key, ContentCachingResponseWrapper wrapper, String token, String clientRef) {
		String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
		Matcher once = ONE_TIME.matcher(body);
		if (!once.find()) {
			return;
		}
		java.util.TreeMap<Integer, Part> at = new java.util.TreeMap<>();
		Map<Part, String> values = Map.of(Part.FORM_TOKEN, token, Part.CLIENT_REF, clientRef, Part.ONE_TIME_TOKEN,
				once.group(1));
		for (var value : values.entrySet()) {
			int first = body.indexOf(value.getValue());
			if (first < 0 || body.indexOf(value.getValue(), first + 1) >= 0) {
				return; // each part exactly once, or the page is not kept
			}
			at.put(first, value.getKey());
		}
		List<byte[]> segments = new ArrayList<>();
		int from = 0;
		for (var part : at.entrySet()) {
			segments.add(bytes(body.substring(from, part.getKey())));
			from = part.getKey() + values.get(part.getValue()).length();
		}
		segments.add(bytes(body.substring(from)));
		List<String[]> headers = new ArrayList<>();
		for (String name : wrapper.getHeaderNames()) {
			if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Date")
					&& !name.equalsIgnoreCase("Set-Cookie")) {
				wrapper.getHeaders(name).forEach(value -> headers.add(new String[] { name, value }));
			}
		}
		if (wrapper.getContentType() != null && wrapper.getHeaders("Content-Type").isEmpty()) {
			headers.add(new String[] { "Content-Type", wrapper.getContentType() });
		}
		if (entries.size() > MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, new Entry(List.copyOf(headers), List.copyOf(segments), List.copyOf(at.values()),
				System.nanoTime()));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
