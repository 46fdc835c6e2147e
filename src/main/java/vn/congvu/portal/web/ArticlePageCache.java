package vn.congvu.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.congvu.platform.AnonymousPages;
import vn.congvu.portal.ArticleViews;
import vn.congvu.portal.News;

/**
 * A page cache for articles read by anonymous visitors, which is most of a portal's traffic. The page is rendered
 * once per article and language with a placeholder where the view count goes, kept for a few seconds, and served
 * from memory with the count filled in. Every view, cached or not, is counted once. A visitor with a session (signed
 * in) or a request with parameters is served by the application as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ArticlePageCache extends OncePerRequestFilter {

	static final String PLACEHOLDER = "\u2060VIEWS\u2060";
	static final String PLACEHOLDER_ATTRIBUTE = ArticlePageCache.class.getName() + ".placeholder";

	private static final Pattern ARTICLE = Pattern.compile("/public/news/(\\d{1,18})");
	private static final byte[] MARK = PLACEHOLDER.getBytes(StandardCharsets.UTF_8);
	private static final int MAX_ENTRIES = 5_000;

	private final ArticleViews views;
	private final long ttlNanos;
	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	ArticlePageCache(ArticleViews views, @Value("${congvu.portal.page-cache-seconds:10}") long ttlSeconds) {
		this.views = views;
		this.ttlNanos = ttlSeconds * 1_000_000_000L;
	}

	private record Entry(long articleId, List<String[]> headers, byte[] head, byte[] tail, long bornNanos) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return AnonymousPages.cacheable(request, ARTICLE) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher matcher = java.util.Objects.requireNonNull(AnonymousPages.cacheable(request, ARTICLE));
		long id = Long.parseLong(matcher.group(1));
		boolean english = AnonymousPages.english(request);
		String key = id + (english ? ":en" : ":vi");
		Entry entry = entries.get(key);
		if (entry != null && System.nanoTime() - entry.bornNanos() < ttlNanos) {
			views.count(id);
			byte[] count = count(id, english);
			response.setStatus(200);
			entry.headers().forEach(h -> response.addHeader(h[0], h[1]));
			response.setContentLength(entry.head().length + count.length + entry.tail().length);
			var out = response.getOutputStream();
			out.write(entry.head());
			out.write(count);
			out.write(entry.tail());
			return;
		}
		request.setAttribute(PLACEHOLDER_ATTRIBUTE, Boolean.TRUE);
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		byte[] body = wrapper.getContentAsByteArray();
		int at = indexOf(body, MARK);
		if (at >= 0) {
			views.count(id);
			byte[] head = java.util.Arrays.copyOfRange(body, 0, at);
			byte[] tail = java.util.Arrays.copyOfRange(body, at + MARK.length, body.length);
			if (wrapper.getStatus() == 200 && wrapper.getHeaders("Set-Cookie").isEmpty()) {
				if (entries.size() > MAX_ENTRIES) {
					entries.clear();
				}
				List<String[]> headers = new ArrayList<>();
				for (String name : wrapper.getHeaderNames()) {
					if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Date")) {
						wrapper.getHeaders(name).forEach(value -> headers.add(new String[] { name, value }));
					}
				}
				if (wrapper.getContentType() != null && wrapper.getHeaders("Content-Type").isEmpty()) {
					headers.add(new String[] { "Content-Type", wrapper.getContentType() });
				}
				entries.put(key, new Entry(id, List.copyOf(headers), head, tail, System.nanoTime()));
			}
			wrapper.resetBuffer();
			wrapper.getOutputStream().write(head);
			wrapper.getOutputStream().write(count(id, english));
			wrapper.getOutputStream().write(tail);
		}
		wrapper.copyBodyToResponse();
	}

	/** Drops an article's cached pages when its text or state changes (other nodes drop theirs within seconds). */
	@EventListener
	void on(News.ArticleChanged changed) {
		entries.values().removeIf(entry -> entry.articleId() == changed.articleId());
	}

	private byte[] count(long id, boolean english) {
		return grouped(views.views(id), english ? ',' : '.').getBytes(StandardCharsets.US_ASCII);
	}

	/** 1.234.567 in Vietnamese, 1,234,567 in English (as {@code %,d} writes them, without a formatter per view). */
	static String grouped(long n, char separator) {
		String digits = Long.toString(n);
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0 && Character.isDigit(digits.charAt(i - 1))) {
				out.append(separator);
			}
			out.append(digits.charAt(i));
		}
		return out.toString();
	}

	private static int indexOf(byte[] body, byte[] mark) {
		outer:
		for (int i = 0; i <= body.length - mark.length; i++) {
			for (int j = 0; j < mark.length; j++) {
				if (body[i + j] != mark[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
