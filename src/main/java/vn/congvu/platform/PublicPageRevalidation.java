package vn.congvu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public pages that count nothing and carry nothing of the visit (the PAR ranking and its units, the published
 * figures, the units' sites and their pages) are revalidated instead of fetched again: they leave with
 * {@code Cache-Control: no-cache, private} and an ETag of their bytes, and a browser that sends the ETag back gets 304
 * with no body. Without {@code no-store} the back/forward cache keeps them as well. Pages that count a view (articles),
 * hold a form or answer per visitor keep the default {@code no-store}: they are not listed here.
 */
public final class PublicPageRevalidation extends ShallowEtagHeaderFilter {

	static final List<PathPattern> PAGES = List.of("/public/reform-index", "/public/reform-index/{id}",
			"/public/reform-index/{id}/units/{unitId}", "/public/reform-index/{id}/snapshot.json", "/public/figures",
			"/public/sites", "/public/sites/{unitId}", "/public/sites/{unitId}/pages/{slug}")
		.stream().map(PathPatternParser.defaultInstance::parse).toList();

	/**
	 * Weak ETags: Tomcat leaves a response with a strong ETag uncompressed (its bytes would differ from those the ETag
	 * names), and these pages travel compressed to phones.
	 */
	public PublicPageRevalidation() {
		setWriteWeakETag(true);
	}

	/** Whether the request asks for one of the revalidated pages (GET or HEAD, by its path alone). */
	static boolean covers(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		var path = org.springframework.http.server.PathContainer.parsePath(request.getRequestURI()
			.substring(request.getContextPath().length()));
		return PAGES.stream().anyMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return true;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !covers(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// set before the security filters, which then leave their no-store aside (they never replace a set header)
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, private");
		super.doFilterInternal(request, response, chain);
	}
}
