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
}
