package vn.congvu.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.congvu.IntegrationTestSupport;

/**
 * The kept survey page gives each visit its own form token, client reference and one-time token, and a form served
 * from it is accepted like a rendered one; everything else on the page is the rendered page.
 */
class SurveyPageCacheIntegrationTests extends IntegrationTestSupport {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern CLIENT_REF = Pattern.compile("name=\"clientRef\" value=\"([^\"]+)\"");
	private static final Pattern ONCE = Pattern.compile("name=\"_once\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void eachVisitGetsItsOwnPartsAndItsFormIsAccepted() throws Exception {
		List<HttpResponse<String>> visits = new ArrayList<>();
		for (int i = 0; i < 4; i++) { // the first renders (unless kept already), the others are served from memory
			visits.add(get("/public/survey/P00082-1", null));
		}
		String masked = null;
		List<String> seen = new ArrayList<>();
		for (HttpResponse<String> visit : visits) {
			assertThat(visit.statusCode()).isEqualTo(200);
			assertThat(visit.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(visit.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
			assertThat(visit.headers().firstValue("Content-Security-Policy")).isPresent();
			assertThat(visit.headers().firstValue("Set-Cookie").orElse("")).startsWith("CONGVU-FORM=");
			String body = visit.body();
			for (Pattern part : List.of(CSRF, CLIENT_REF, ONCE)) {
				seen.add(value(part, body));
			}
			String withoutParts = CSRF.matcher(CLIENT_REF.matcher(ONCE.matcher(body).replaceAll("_once"))
				.replaceAll("clientRef")).replaceAll("_csrf");
			if (masked != null) {
				assertThat(withoutParts).as("the same page but for the visit's parts").isEqualTo(masked);
			}
			masked = withoutParts;
		}
		assertThat(seen).as("no part is given twice").doesNotHaveDuplicates();

		HttpResponse<String> last = visits.getLast();
		String cookie = last.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		HttpResponse<String> thanks = post(last.body(), cookie);
		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(thanks.body()).contains("id=\"survey-thanks\"");

		HttpResponse<String> returning = get("/public/survey/P00082-1", cookie);
		assertThat(returning.headers().firstValue("Set-Cookie")).as("a returning visitor keeps the cookie").isEmpty();
		assertThat(post(returning.body(), cookie).body()).contains("id=\"survey-thanks\"");
	}

	private HttpResponse<String> post(String page, String cookie) throws Exception {
		String body = "_csrf=" + java.net.URLEncoder.encode(value(CSRF, page), java.nio.charset.StandardCharsets.UTF_8)
				+ "&_once=" + value(ONCE, page) + "&clientRef=" + value(CLIENT_REF, page)
				+ "&answer%5BACCESS%5D=5&answer%5BPROCEDURE%5D=4&answer%5BOFFICER%5D=5&answer%5BRESULT%5D=4"
				+ "&answer%5BFEEDBACK_HANDLING%5D=5";
		UUID.fromString(value(CLIENT_REF, page));
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/public/survey/P00082-1"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String value(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as(pattern.pattern()).isTrue();
		String found = matcher.group(1);
		assertThat(matcher.find()).as("once only: " + pattern.pattern()).isFalse();
		return found;
	}
}
