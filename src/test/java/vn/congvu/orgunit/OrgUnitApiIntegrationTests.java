package vn.congvu.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.WebSession;

/** The public org-unit API over HTTP: filters, lineage, and RFC 9457 problems in the request's language. */
class OrgUnitApiIntegrationTests extends IntegrationTestSupport {

	@Autowired
	ObjectMapper json;

	@Test
	void listsUnitsAsOfADateWithTheDocumentedFields() {
		JsonNode units = getJson("/api/v1/org-units?asOf=2025-06-30&type=WARD", 200);
		assertThat(units.size()).isEqualTo(18);
		JsonNode first = units.get(0);
		for (String field : new String[] { "id", "code", "name", "type", "parentId", "level", "validFrom",
				"validTo" }) {
			assertThat(first.has(field)).as(field).isTrue();
		}
		assertThat(getJson("/api/v1/org-units?asOf=2025-07-01&type=ward", 200).size()).isEqualTo(4);
	}

	@Test
	void findsByCodeAndTextWithoutDiacritics() {
		JsonNode old = getJson("/api/v1/org-units?asOf=2020-01-01&code=00070", 200);
		assertThat(old.get(0).get("name").asString()).isEqualTo("Phường Hàng Trống");
		JsonNode found = getJson("/api/v1/org-units?asOf=2020-01-01&q=hang%20bac", 200);
		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).get("name").asString()).isEqualTo("Phường Hàng Bạc");
		long hanoi = getJson("/api/v1/org-units?code=01", 200).get(0).get("id").asLong();
		assertThat(getJson("/api/v1/org-units?parentId=" + hanoi, 200).size()).isEqualTo(4);
	}

	@Test
	void oneUnitAndItsLineage() {
		long hoanKiem = getJson("/api/v1/org-units?code=00070&asOf=2025-07-01", 200).get(0).get("id").asLong();
		assertThat(getJson("/api/v1/org-units/" + hoanKiem, 200).get("name").asString()).isEqualTo("Phường Hoàn Kiếm");
		JsonNode lineage = getJson("/api/v1/org-units/" + hoanKiem + "/lineage", 200);
		assertThat(lineage.get("predecessors").size()).isEqualTo(13);
		JsonNode edge = lineage.get("predecessors").get(0);
		assertThat(edge.get("kind").asString()).isEqualTo("MERGE");
		assertThat(edge.get("effectiveDate").asString()).isEqualTo("2025-07-01");
		assertThat(edge.get("share").asString()).isIn("WHOLE", "PART");
	}

	@ParameterizedTest(name = "{0} answers {1} in {2}")
	@CsvSource(textBlock = """
			/api/v1/org-units?asOf=2025-13-01,     400, vi, không hợp lệ
			/api/v1/org-units?asOf=yesterday,      400, en, is not valid
			/api/v1/org-units?type=VILLAGE,        400, en, VILLAGE
			/api/v1/org-units?parentId=abc,        400, vi, parentId
			/api/v1/org-units/999999,              404, vi, Không tìm thấy đơn vị
			/api/v1/org-units/999999/lineage,      404, en, Unit not found
			/api/v1/org-units/x1,                  400, en, is not valid
			""")
	void errorsAreProblemDetailsInTheRequestLanguage(String path, int status, String language, String text) {
		HttpResponse<String> response = new WebSession(baseUrl()).send(HttpRequest
			.newBuilder(URI.create(baseUrl() + path)).header("Accept-Language", language).GET().build());
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).contains(text);
		assertThat(response.body()).doesNotContain("Exception", "at vn.congvu");
	}

	@Test
	void healthAndOpenApiAreServed() {
		assertThat(getJson("/actuator/health", 200).get("status").asString()).isEqualTo("UP");
		JsonNode openApi = getJson("/v3/api-docs", 200);
		assertThat(openApi.get("paths").has("/api/v1/org-units")).isTrue();
		assertThat(openApi.get("paths").has("/api/v1/org-units/{id}/lineage")).isTrue();
	}

	private JsonNode getJson(String path, int expectedStatus) {
		HttpResponse<String> response = new WebSession(baseUrl()).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
		return json.readTree(response.body());
	}
}
