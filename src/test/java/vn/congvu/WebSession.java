package vn.congvu;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session for tests: keeps cookies, reads CSRF tokens from pages, signs in through the form. */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;
	private final HttpClient client;
	private final CookieManager cookies = new CookieManager();

	public WebSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** The value of a cookie this session holds, or null. */
	public String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue).findFirst().orElse(null);
	}

	/** Reads a page as a browser asks for it (HTML first, anything else accepted). */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
	}

	/** Posts a form with the CSRF token taken from {@code pageWithForm}. */
	public HttpResponse<String> postForm(String path, String pageWithForm, String... keyValues) {
		StringBuilder body = new StringBuilder("_csrf=").append(csrfFrom(pageWithForm));
		for (int i = 0; i < keyValues.length; i += 2) {
			body.append('&').append(keyValues[i]).append('=')
				.append(URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
	}

	/** Signs in through the login form; returns the response to the form post (a redirect). */
	public HttpResponse<String> signIn(String username, String password) {
		return postForm("/login", "/login", "username", username, "password", password);
	}

	public HttpResponse<String> send(HttpRequest request) {
		return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Sends with this session's cookies, reading the body with {@code handler} (bytes for downloads). */
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return client.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The CSRF token of the form on {@code page}, read as this session sees the page. */
	public String csrfFrom(String page) {
		Matcher matcher = CSRF.matcher(get(page).body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + page);
		}
		return matcher.group(1);
	}
}
