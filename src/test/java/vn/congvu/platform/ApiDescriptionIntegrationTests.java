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

	@Test
	void errorsSpringAnswersBeforeAnyHandlerSpeakTheCallersLanguage() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		record Case(String method, String path, String accept, int status, String vi, String en) {
		}
		for (Case c : List.of(
				new Case("DELETE", "/api/v1/org-units", "application/json", 405, "Phương thức không được hỗ trợ",
						"Method not allowed"),
				new Case("GET", "/api/v1/org-units", "application/xml", 406, "Không có định dạng phù hợp",
						"No acceptable representation"),
				new Case("GET", "/api/v1/no-such-thing", "application/json", 404, "Không tìm thấy", "Not found"))) {
			for (String language : List.of("vi", "en")) {
				java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest
					.newBuilder(java.net.URI.create(baseUrl() + c.path())).method(c.method(),
							java.net.http.HttpRequest.BodyPublishers.noBody())
					.header("Accept", c.accept()).header("Accept-Language", language).build(),
						java.net.http.HttpResponse.BodyHandlers.ofString());
				org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as(c + " " + language)
					.isEqualTo(c.status());
				org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Content-Type")).as(c.path())
					.hasValueSatisfying(type -> org.assertj.core.api.Assertions.assertThat(type)
						.startsWith("application/problem+json"));
				org.assertj.core.api.Assertions.assertThat(answer.body()).as(c + " " + language)
					.contains("\"title\":\"" + (language.equals("vi") ? c.vi() : c.en()) + "\"");
			}
		}
	}

	private static final java.nio.file.Path REDOCLY = java.nio.file.Path.of(".cache", "redocly", "node_modules", ".bin",
			"redocly");

	/** Redocly's CLI (fetched by {@code ./congvu test}) with its recommended rules: no error and no warning. */
	@Test
	void theDescriptionPassesRedoclysLinter() throws Exception {
		if (!java.nio.file.Files.isExecutable(REDOCLY)) {
			String message = "Redocly's CLI is missing at " + REDOCLY + " (./congvu test fetches it from npm)";
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("\n*** SKIPPING THE OPENAPI LINT: " + message + " ***\n");
			org.junit.jupiter.api.Assumptions.abort(message);
		}
		java.nio.file.Path description = java.nio.file.Files.createTempFile("congvu-api", ".json");
		java.nio.file.Files.writeString(description, java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/v3/api-docs")).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString())
			.body());
		Process lint = new ProcessBuilder(REDOCLY.toAbsolutePath().toString(), "lint", description.toString(),
				"--format=summary").redirectErrorStream(true).start();
		String output = new String(lint.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		org.assertj.core.api.Assertions.assertThat(lint.waitFor()).as(output).isZero();
		org.assertj.core.api.Assertions.assertThat(output).as(output).contains("Your API description is valid")
			.doesNotContainPattern("You have \\d+ warnings?");
	}
}
