package vn.congvu.routes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser without a screen: a session, pages as parsed documents, forms posted as a browser posts them. */
final class FormClient {

	record Reply(int status, String url, Document page) {
	}

	private final String baseUrl;
	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	FormClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	FormClient signIn(String username, String password) {
		Document login = get("/login").page();
		String csrf = login.select("input[name=_csrf]").val();
		post("/login", List.of(Map.entry("_csrf", csrf), Map.entry("username", username),
				Map.entry("password", password)), baseUrl + "/login", false);
		return this;
	}

	Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path)).GET().build());
	}

	/** Posts the fields (files as empty parts, as a browser sends an unchosen file) from the page {@code referer}. */
	Reply post(String action, List<Map.Entry<String, String>> fields, String referer, boolean multipart) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + action)).header("Referer", referer);
		if (multipart) {
			String boundary = "----congvu-form-walk-" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (Map.Entry<String, String> field : fields) {
				boolean file = field.getKey().startsWith("file:");
				String name = file ? field.getKey().substring(5) : field.getKey();
				write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
						+ (file ? "; filename=\"\"\r\nContent-Type: application/octet-stream" : "") + "\r\n\r\n"
						+ (file ? "" : field.getValue()) + "\r\n");
			}
			write(body, "--" + boundary + "--\r\n");
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		}
		else {
			StringBuilder body = new StringBuilder();
			for (Map.Entry<String, String> field : fields) {
				body.append(body.isEmpty() ? "" : "&").append(Probe.encode(Map.of(field.getKey(), field.getValue())));
			}
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		}
		return send(request.build());
	}

	/** Follows a redirect once, as the browser would. */
	Reply follow(Reply reply) {
		return reply.status() / 100 == 3 && !reply.url().isEmpty() ? get(reply.url()) : reply;
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String location = response.headers().firstValue("Location").orElse("");
			String url = response.statusCode() / 100 == 3 ? URI.create(baseUrl + "/").resolve(location).toString()
					: request.uri().toString();
			return new Reply(response.statusCode(), url, Jsoup.parse(response.body(), request.uri().toString()));
		}
		catch (IOException ex) {
			return new Reply(0, request.uri().toString(), Jsoup.parse(""));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
