package vn.congvu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congvu.IntegrationTestSupport;

/**
 * The public pages that count nothing are revalidated, not fetched again (304 for an unchanged page, no no-store, so
 * the back/forward cache keeps them); those that count a view or hold a form keep no-store.
 */
class PublicPageRevalidationIntegrationTests extends IntegrationTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/public/reform-index", "/public/reform-index/1", "/public/figures", "/public/sites",
			"/public/sites/1" })
	void anUnchangedPageAnswers304WithoutItsBody(String path) throws IOException, InterruptedException {
		HttpResponse<String> first = get(path, null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.body()).contains("</html>");

		HttpResponse<String> again = get(path, etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<String> english = get(path + "?lang=en", etag);
		assertThat(english.statusCode()).as("another language is another page").isEqualTo(200);
		assertThat(english.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
	}

	@Test
	void pagesThatCountAViewOrHoldAFormAreNotStored() throws IOException, InterruptedException {
		for (String path : new String[] { "/public/news/1", "/public/reports/new", "/public/survey/P00070-1" }) {
			HttpResponse<String> page = get(path, null);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
			assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	private HttpResponse<String> get(String path, String etag) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
