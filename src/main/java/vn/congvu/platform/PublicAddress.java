package vn.congvu.platform;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Địa chỉ công khai: the one source of absolute links (canonical and Open Graph addresses, share links, feeds, the
 * sitemap, robots.txt, the QR code on a desk's poster, e-mails). It is configured ({@code CONGVU_PUBLIC_URL}, e.g.
 * {@code https://congvu.hanoi.gov.vn}) and never taken from a request's {@code Host} or {@code X-Forwarded-Host},
 * so a request with a foreign host cannot put that host into a page, a cached page or a printed poster. Without it,
 * a developer's machine is {@code http://localhost:<port>}.
 */
@Component
public class PublicAddress {

	private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

	private final URI base;

	PublicAddress(@Value("${congvu.public-url:}") @Nullable String configured,
			@Value("${server.port:8080}") int port) {
		this.base = parse(configured, port);
		if (configured == null || configured.isBlank()) {
			log.warn("CONGVU_PUBLIC_URL is not set: links in feeds, the sitemap and posters name {}", base);
		}
	}

	static URI parse(@Nullable String configured, int port) {
		String text = configured == null || configured.isBlank() ? "http://localhost:" + (port <= 0 ? 8080 : port)
				: configured.strip();
		URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
			throw new IllegalStateException("CONGVU_PUBLIC_URL must be an http(s) address such as "
					+ "https://congvu.example.gov.vn, not " + text);
		}
		return uri;
	}

	/** The address of a path of this application, e.g. {@code url("/public/news/5")}. */
	public String url(String path) {
		return base + (path.startsWith("/") ? path : "/" + path);
	}

	/** The base address, without a trailing slash. */
	public String base() {
		return base.toString();
	}

	/** Whether {@code address} is of this application's own origin (same scheme, host and port, exactly). */
	public boolean isOwn(@Nullable String address) {
		if (address == null) {
			return false;
		}
		try {
			URI uri = URI.create(address);
			return base.getScheme().equals(uri.getScheme()) && base.getHost().equalsIgnoreCase(uri.getHost())
					&& port(base) == port(uri);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int port(URI uri) {
		return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
	}
}
