package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.congvu.IntegrationTestSupport;

/**
 * The OpenAPI description says what the API does: a summary for every operation, every error documented as an RFC
 * 9457 problem (application/problem+json with the problem's schema), 405 and 406 everywhere and 415 where a body is
 * read, the API's security (none) stated, a license.
 */
class ApiDescriptionIntegrationTests extends IntegrationTestSupport {

	@Test
	void theDescriptionDocumentsSummariesProblemsAndSecurity() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create(baseUrl() + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode api = new ObjectMapper().readTree(answer.body());
		assertThat(api.path("info").path("license").path("name").asString()).contains("Apache");
		assertThat(api.path("security").isArray()).isTrue();
		assertThat(api.path("components").path("schemas").path("Problem").path("properties").has("detail")).isTrue();
		List<String> problems = new ArrayList<>();
		int operations = 0;
		for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations++;
				String where = method.getKey().toUpperCase() + " " + path.getKey();
				JsonNode operation = method.getValue();
				if (operation.path("summary").asString("").isBlank()) {
					problems.add(where + ": no summary");
				}
				List<String> codes = new ArrayList<>();
				operation.path("responses").properties().forEach(response -> {
					codes.add(response.getKey());
					if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
						JsonNode content = response.getValue().path("content");
						if (content.size() != 1 || !content.has("application/problem+json") || !content
							.path("application/problem+json").path("schema").path("$ref").asString().endsWith("/Problem")) {
							problems.add(where + " " + response.getKey() + ": not a problem+json problem");
						}
					}
				});
				for (String code : operation.has("requestBody") ? List.of("400", "405", "406", "415")
						: List.of("400", "405", "406")) {
					if (!codes.contains(code)) {
						problems.add(where + ": " + code + " not documented");
					}
				}
			}
		}
		assertThat(operations).isGreaterThanOrEqualTo(13);
		assertThat(problems).isEmpty();
	}
}
