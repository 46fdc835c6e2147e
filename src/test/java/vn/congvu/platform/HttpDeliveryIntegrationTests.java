package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.congvu.IntegrationTestSupport;

/** How pages and assets travel: fingerprinted assets cached for a year, compressed HTML, robots.txt for everyone. */
class HttpDeliveryIntegrationTests extends IntegrationTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void assetsCarryAHashOfTheirContentAndAreCachedForAYear() throws Exception {
		String page = get("/public/sites").body();
		Matcher css = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(css.find()).as("the stylesheet's address carries its hash").isTrue();
		HttpResponse<String> asset = get(css.group(1));
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
			.contains("max-age=31536000").contains("public"));
		assertThat(asset.body()).contains(".topbar");
	}

	@Test
	void pagesAreCompressedForBrowsersThatAcceptIt() throws Exception {
		HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/public/sites"))
			.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("<!DOCTYPE html>");
		assertThat(get("/public/sites").headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void robotsTxtOpensThePublicPagesAndNamesTheSitemap() throws Exception {
		HttpResponse<String> robots = get("/robots.txt");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.body()).contains("Allow: /public/").contains("Disallow: /").contains("Sitemap: ");
		HttpResponse<String> sitemap = get("/sitemap.xml");
		assertThat(sitemap.statusCode()).isEqualTo(200);
		assertThat(sitemap.body()).contains("<urlset").contains("/public/news/");
	}

	/** The pages a citizen reaches from the footer, a QR code or a report. */
	private static final java.util.List<String> PUBLIC_PAGES = java.util.List.of("/public/sites", "/public/news",
			"/public/figures", "/public/reform-index", "/public/good-examples", "/public/contacts", "/public/polls",
			"/public/verify", "/public/reports/new", "/public/reports/track", "/public/survey/P00082-1");

	@Test
	void everyPublicPageHasADescriptionAndLeavesNoSessionBehind() throws Exception {
		long sessions = sessions();
		for (String path : PUBLIC_PAGES) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			Matcher description = Pattern.compile("<meta name=\"description\" content=\"([^\"]{20,})\"")
				.matcher(page.body());
			assertThat(description.find()).as(path + " has a meta description").isTrue();
			assertThat(page.headers().allValues("Set-Cookie")).as(path + " sets no session cookie")
				.noneMatch(cookie -> cookie.startsWith("SESSION="));
		}
		assertThat(sessions()).as("server sessions").isEqualTo(sessions);
	}

	@Test
	void aCitizensFormIsCheckedAgainstItsCookieWithoutASession() throws Exception {
		HttpResponse<String> form = get("/public/survey/P00082-1");
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		assertThat(cookie).startsWith("CONGVU-FORM=");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		Matcher once = Pattern.compile("name=\"_once\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(once.find()).as("the survey form carries a one-time token like every form").isTrue();
		java.util.UUID clientRef = java.util.UUID.randomUUID();
		String answers = "answer%5BACCESS%5D=5&answer%5BPROCEDURE%5D=5&answer%5BOFFICER%5D=4&answer%5BRESULT%5D=5"
				+ "&answer%5BFEEDBACK_HANDLING%5D=4&_once=" + once.group(1)
				+ "&clientRef=" + clientRef;
		long tokensBefore = jdbc.sql("select count(*) from platform.form_submission").query(Long.class).single();
		HttpResponse<String> withoutCookie = post("/public/survey/P00082-1", "_csrf=" + token.group(1) + "&" + answers);
		assertThat(withoutCookie.statusCode()).as("a post from elsewhere, without the cookie").isEqualTo(403);
		HttpResponse<String> thanks = post("/public/survey/P00082-1", "_csrf=" + token.group(1) + "&" + answers,
				"Cookie", cookie);
		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(thanks.body()).contains("id=\"survey-thanks\"");
		HttpResponse<String> again = post("/public/survey/P00082-1", "_csrf=" + token.group(1) + "&" + answers,
				"Cookie", cookie);
		assertThat(again.body()).as("a repeated post is thanked again").contains("id=\"survey-thanks\"");
		assertThat(jdbc.sql("select count(*) from feedback.response where client_ref = :ref").param("ref", clientRef)
			.query(Long.class).single()).as("and stored once, by its own key").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from platform.form_submission").query(Long.class).single())
			.as("no one-time token written for a rating").isEqualTo(tokensBefore);
	}

	private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private long sessions() {
		return jdbc.sql("select count(*) from platform.spring_session").query(Long.class).single();
	}
}
