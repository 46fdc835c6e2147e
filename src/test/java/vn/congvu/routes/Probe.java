package vn.congvu.routes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** An HTTP client for one account (or nobody): sends any route with form parameters and reads any answer as text. */
final class Probe {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;
	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();
	private @Nullable String csrf;
	private @Nullable String publicCsrf;

	Probe(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * What came back: the status (0 when the server closed the connection on an over-long request line), the
	 * content type, the body as text (xlsx cells, PDF text) and the number of formula cells.
	 */
	record Answer(int status, String contentType, String text, @Nullable String location, int formulaCells) {
	}

	Probe signIn(String username, String password) {
		send("POST", "/login", Map.of("username", username, "password", password), null);
		csrf = null;
		return this;
	}

	/** Sends the request; {@code rawQuery}, when given, is appended as is (for invalid encodings). */
	Answer send(String method, String path, Map<String, String> params, @Nullable String rawQuery) {
		String form = encode(params);
		HttpRequest.Builder request;
		if (method.equals("GET")) {
			String query = rawQuery != null ? rawQuery : form;
			request = HttpRequest.newBuilder(URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + query))).GET();
		}
		else {
			String body = "_csrf=" + tokenFor(path) + (form.isEmpty() ? "" : "&" + form)
					+ (rawQuery == null ? "" : "&" + rawQuery);
			request = HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return read(request.build());
	}

	/**
	 * Posts a multipart form: the fields, and each file under its field name ({@code name → [file name, bytes]}),
	 * with the form token a browser would send.
	 */
	Answer multipart(String path, Map<String, String> fields, Map<String, Object[]> files) {
		String boundary = "----congvu-probe-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", tokenFor(path));
		all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		files.forEach((name, file) -> {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ file[0] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes((byte[]) file[1]);
			write(body, "\r\n");
		});
		write(body, "--" + boundary + "--\r\n");
		return read(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
	}

	private static void write(java.io.ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Sends a JSON body (the public API). */
	Answer json(String path, String body) {
		return read(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private Answer read(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			String type = response.headers().firstValue("Content-Type").orElse("");
			byte[] bytes = response.body();
			String text;
			int formulas = 0;
			if (type.contains("spreadsheetml")) {
				StringBuilder cells = new StringBuilder();
				try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
					for (Sheet sheet : workbook) {
						for (Row row : sheet) {
							for (Cell cell : row) {
								formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
								cells.append(cell).append('\t');
							}
						}
					}
				}
				text = cells.toString();
			}
			else if (type.contains("pdf")) {
				try (var document = Loader.loadPDF(bytes)) {
					text = new PDFTextStripper().getText(document);
				}
			}
			else {
				text = new String(bytes, StandardCharsets.UTF_8);
			}
			return new Answer(response.statusCode(), type, text,
					response.headers().firstValue("Location").orElse(null), formulas);
		}
		catch (IOException ex) {
			if (request.uri().toString().length() > 8_000) {
				// a request line over the server's limit: it may close the connection before the body is sent
				return new Answer(0, "", "", null, 0);
			}
			throw new IllegalStateException(request.uri().toString(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The form token a browser would send to {@code path}: the citizens' pages have their own (checked against a
	 * cookie, no session), so their forms are reached rather than refused for the token.
	 */
	private String tokenFor(String path) {
		if (path.equals("/login")) {
			csrf = null;
			return token("/login");
		}
		if (path.startsWith("/public/") || path.startsWith("/kiosk/")) {
			if (publicCsrf == null) {
				Matcher m = CSRF.matcher(read(HttpRequest.newBuilder(URI.create(baseUrl + "/public/reports/new")).GET()
					.build()).text());
				publicCsrf = m.find() ? m.group(1) : "none";
			}
			return publicCsrf;
		}
		return token("/conduct/codes");
	}

	private String token(String page) {
		if (csrf == null) {
			Matcher m = CSRF.matcher(read(HttpRequest.newBuilder(URI.create(baseUrl + page)).GET().build()).text());
			csrf = m.find() ? m.group(1) : "none";
		}
		return csrf;
	}

	static String encode(Map<String, String> params) {
		StringBuilder out = new StringBuilder();
		params.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return out.toString();
	}
}
