package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;

/**
 * The API is what its description says: every operation is called (answers that succeed and answers that refuse),
 * and every answer is checked against the OpenAPI description the application publishes at {@code /v3/api-docs},
 * by Atlassian's swagger-request-validator. A field answered as null must be declared nullable, a status answered
 * must be declared, a header the description promises must be there.
 */
class ApiConformanceIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
	private static final String FIVE = "\"ACCESS\":5,\"PROCEDURE\":4,\"OFFICER\":5,\"RESULT\":4,\"FEEDBACK_HANDLING\":3";

	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitQueries units;

	private final HttpClient http = HttpClient.newHttpClient();
	private final List<String> mismatches = new ArrayList<>();
	private int answers;

	@Test
	void everyAnswerOfEveryOperationMatchesTheDescription() throws Exception {
		String description = get("/v3/api-docs").body();
		OpenApiInteractionValidator validator = OpenApiInteractionValidator
			.createForInlineApiSpecification(description).build();
		ValidationReport wrong = validator.validateResponse("/api/v1/org-units/1", Request.Method.GET,
				SimpleResponse.Builder.ok().withContentType("application/json")
					.withBody("{\"id\":\"không phải số\",\"name\":null,\"code\":7}").build());
		assertThat(wrong.getMessages()).as("the validator itself catches a wrong answer").isNotEmpty();
		long cuaNam = units.byCode("00082", REFORM).id();
		long merged = units.byCode("00061", LocalDate.of(2019, 1, 1)).id(); // a former ward: it has successors
		String today = LocalDate.now(clock).toString();

		check(validator, "GET", "/api/v1/org-units?asOf=" + today, null);
		check(validator, "GET", "/api/v1/org-units?asOf=2019-01-01&q=hang%20bac", null);
		check(validator, "GET", "/api/v1/org-units?asOf=2026-02-31", null);
		check(validator, "GET", "/api/v1/org-units/" + cuaNam, null);
		check(validator, "GET", "/api/v1/org-units/" + merged, null);
		check(validator, "GET", "/api/v1/org-units/987654321", null);
		check(validator, "GET", "/api/v1/org-units/abc", null);
		check(validator, "GET", "/api/v1/org-units/" + merged + "/lineage", null);
		check(validator, "GET", "/api/v1/org-units/" + cuaNam + "/lineage", null);
		check(validator, "GET", "/api/v1/service-points?unitId=" + cuaNam, null);
		check(validator, "GET", "/api/v1/service-points", null);
		check(validator, "GET", "/api/v1/service-points/P00082-1/survey", null);
		check(validator, "GET", "/api/v1/service-points/KHONG-CO/survey", null);
		check(validator, "POST", "/api/v1/feedback", "{\"servicePoint\":\"P00082-1\",\"answers\":{" + FIVE + "}}");
		check(validator, "POST", "/api/v1/feedback", "{\"servicePoint\":\"P00082-1\",\"answers\":{\"ACCESS\":9}}");
		check(validator, "POST", "/api/v1/feedback", "{\"servicePoint\":");
		HttpResponse<String> filed = check(validator, "POST", "/api/v1/reports", "{\"unitId\":" + cuaNam
				+ ",\"kind\":\"RUDE\",\"occurredOn\":\"" + today + "\",\"description\":\"Quát nạt người dân\","
				+ "\"anonymous\":true}");
		check(validator, "POST", "/api/v1/reports", "{\"unitId\":" + cuaNam + "}");
		String code = filed.body().replaceAll(".*\"(PA-[A-Z0-9]+)\".*", "$1");
		check(validator, "GET", "/api/v1/reports/" + code, null);
		check(validator, "GET", "/api/v1/reports/PA-KHONGCO", null);
		check(validator, "GET", "/api/v1/reform-index/publications", null);
		long publication = jdbc.sql("select min(id) from reformindex.publication").query(Long.class).single();
		check(validator, "GET", "/api/v1/reform-index/publications/" + publication, null);
		check(validator, "GET", "/api/v1/reform-index/publications/987654321", null);
		long poll = jdbc.sql("select min(id) from portal.poll").query(Long.class).single();
		check(validator, "GET", "/api/v1/polls/" + poll, null);
		check(validator, "GET", "/api/v1/polls/987654321", null);
		long option = jdbc.sql("select min(id) from portal.poll_option where poll_id = :p").param("p", poll)
			.query(Long.class).single();
		check(validator, "POST", "/api/v1/polls/" + poll + "/votes", "{\"optionId\":" + option + "}");
		check(validator, "POST", "/api/v1/polls/" + poll + "/votes", "{\"optionId\":-1}");
		check(validator, "GET", "/api/v1/evaluation/rule-sets?on=" + today, null);
		check(validator, "GET", "/api/v1/evaluation/rule-sets?on=2026-13-45", null);
		check(validator, "GET", "/api/v1/evaluation/rule-sets", null);

		System.out.printf("API conformance: %d answers checked against the description%n", answers);
		assertThat(mismatches).isEmpty();
	}

	private HttpResponse<String> check(OpenApiInteractionValidator validator, String method, String pathAndQuery,
			String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
			.header("Accept", "application/json, application/problem+json").header("Accept-Language", "vi");
		request = body == null ? request.GET()
				: request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		answers++;
		SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
		response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
		String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
		ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
		for (ValidationReport.Message message : report.getMessages()) {
			if (message.getLevel() == ValidationReport.Level.ERROR) {
				mismatches.add(method + " " + pathAndQuery + " → " + response.statusCode() + ": " + message.getKey()
						+ " " + message.getMessage());
			}
		}
		return response;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
