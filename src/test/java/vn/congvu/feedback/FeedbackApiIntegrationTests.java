package vn.congvu.feedback;

import vn.congvu.platform.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.WebSession;

/** The public rating API on real PostgreSQL: acceptance, idempotent retries, attribution, and every refusal. */
class FeedbackApiIntegrationTests extends IntegrationTestSupport {

	private static final String FIVE = "\"ACCESS\":5,\"PROCEDURE\":4,\"OFFICER\":5,\"RESULT\":4,\"FEEDBACK_HANDLING\":3";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ServicePoints servicePoints;

	@Test
	void servicePointsAndTheirSurveyArePublished() {
		long ward = jdbc.sql("select unit_id from feedback.service_point where code = 'P00070-1'").query(Long.class)
			.single();
		JsonNode points = json.readTree(get("/api/v1/service-points?unitId=" + ward).body());
		assertThat(points.size()).isEqualTo(2);
		assertThat(points.get(0).get("code").asString()).isEqualTo("P00070-1");
		JsonNode survey = json.readTree(get("/api/v1/service-points/P00070-1/survey").body());
		assertThat(survey.get("code").asString()).isEqualTo("SIPAS5");
		assertThat(survey.get("questions").size()).isEqualTo(5);
		assertThat(survey.get("questions").get(0).get("max").asInt()).isEqualTo(5);
		assertThat(get("/api/v1/service-points/NOPE/survey").statusCode()).isEqualTo(404);
	}

	@Test
	void aRatingIsStoredWithItsAnswersAndTheOfficerOnDuty() {
		HttpResponse<String> response = post("{\"servicePoint\":\"P00082-1\",\"answers\":{" + FIVE
				+ "},\"comment\":\"<script>alert(1)</script> Cảm ơn\"}");
		assertThat(response.statusCode()).isEqualTo(201);
		UUID id = UUID.fromString(json.readTree(response.body()).get("id").asString());
		assertThat(jdbc.sql("select count(*) from feedback.answer where response_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select comment from feedback.response where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("<script>alert(1)</script> Cảm ơn");
		Long onDuty = jdbc.sql("""
				select d.staff_id from feedback.duty d join feedback.service_point p on p.id = d.service_point_id
				where p.code = 'P00082-1' and d.starts_at <= now() and d.ends_at > now()""").query(Long.class).single();
		assertThat(jdbc.sql("select staff_id from feedback.response where id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(onDuty);
	}

	@Test
	void theSameClientRefStoresOneRatingAndAnswersTheSameId() {
		UUID ref = UUID.randomUUID();
		String body = "{\"servicePoint\":\"P00070-2\",\"answers\":{" + FIVE + "},\"clientRef\":\"" + ref + "\"}";
		HttpResponse<String> first = post(body);
		HttpResponse<String> second = post(body);
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(json.readTree(second.body()).get("id").asString())
			.isEqualTo(json.readTree(first.body()).get("id").asString());
		assertThat(jdbc.sql("select count(*) from feedback.response where client_ref = :ref").param("ref", ref)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aReceiptCodeCanBeRatedOnce() {
		String receipt = "HS-" + UUID.randomUUID();
		String body = "{\"servicePoint\":\"P00097-1\",\"answers\":{" + FIVE + "},\"receiptCode\":\"" + receipt + "\"}";
		assertThat(post(body).statusCode()).isEqualTo(201);
		HttpResponse<String> again = post(body);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains(receipt);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			malformed JSON           | {"servicePoint": "P00070-1", "answers": {        | 400 | đọc được
			unknown service point    | {"servicePoint":"X-1","answers":{"ACCESS":5}}    | 400 | X-1
			missing service point    | {"answers":{"ACCESS":5}}                         | 400 | servicePoint
			missing answers          | {"servicePoint":"P00070-1"}                      | 400 | answers
			unknown question         | {"servicePoint":"P00070-1","answers":{"COLOUR":5}} | 400 | COLOUR
			value too high           | {"servicePoint":"P00070-1","answers":{"ACCESS":6,"PROCEDURE":4,"OFFICER":5,"RESULT":4,"FEEDBACK_HANDLING":3}} | 400 | từ 1 đến 5
			value too low            | {"servicePoint":"P00070-1","answers":{"ACCESS":0,"PROCEDURE":4,"OFFICER":5,"RESULT":4,"FEEDBACK_HANDLING":3}} | 400 | từ 1 đến 5
			value not a number       | {"servicePoint":"P00070-1","answers":{"ACCESS":"năm"}} | 400 | đọc được
			an element unanswered    | {"servicePoint":"P00070-1","answers":{"ACCESS":5}} | 400 | “Thủ tục hành chính
			closed old-ward desk     | {"servicePoint":"HK-00061","answers":{"ACCESS":5}} | 400 | HK-00061
			unknown survey           | {"servicePoint":"P00070-1","survey":"NONE","answers":{"ACCESS":5}} | 400 | NONE
			""")
	void badRatingsAreRefusedWithAProblemAndNothingIsStored(String name, String body, int status, String text) {
		long before = count();
		HttpResponse<String> response = post(body);
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(response.body()).get("detail").asString()).contains(text);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aCommentOverTwoThousandCharactersIsRefused() {
		long before = count();
		HttpResponse<String> response = post("{\"servicePoint\":\"P00070-1\",\"answers\":{" + FIVE + "},\"comment\":\""
				+ "ạ".repeat(2001) + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("2.000 ký tự"); // Vietnamese digit grouping
		assertThat(post("{\"servicePoint\":\"P00070-1\",\"answers\":{" + FIVE + "},\"comment\":\"" + "ạ".repeat(2000)
				+ "\"}").statusCode()).isEqualTo(201);
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void invalidUtf8AndWrongContentTypeAreRefused() {
		long before = count();
		byte[] body = "{\"servicePoint\":\"P00070-1\",\"answers\":{\"ACCESS\":5},\"comment\":\"\u0000\"}".getBytes();
		byte[] broken = new byte[body.length];
		System.arraycopy(body, 0, broken, 0, body.length);
		broken[broken.length - 4] = (byte) 0xC3; // a lead byte without its continuation
		broken[broken.length - 3] = (byte) 0x28;
		HttpResponse<String> invalid = new WebSession(baseUrl()).send(HttpRequest
			.newBuilder(URI.create(baseUrl() + "/api/v1/feedback")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(broken)).build());
		assertThat(invalid.statusCode()).isEqualTo(400);
		HttpResponse<String> text = new WebSession(baseUrl()).send(HttpRequest
			.newBuilder(URI.create(baseUrl() + "/api/v1/feedback")).header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hello")).build());
		assertThat(text.statusCode()).isEqualTo(415);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aKioskIsRecognisedByItsTokenAndRepeatedTapsAreFlagged() {
		long point = jdbc.sql("select id from feedback.service_point where code = 'P00004-2'").query(Long.class)
			.single();
		String token = servicePoints.registerKiosk(Viewer.system(), "P00004-2", "Máy thử");
		String body = "{\"servicePoint\":\"P00004-2\",\"answers\":{\"OVERALL\":5}}";
		UUID first = UUID.fromString(json.readTree(postAsKiosk(body, token).body()).get("id").asString());
		UUID second = UUID.fromString(json.readTree(postAsKiosk(body, token).body()).get("id").asString());
		assertThat(jdbc.sql("select channel from feedback.response where id = :id").param("id", first)
			.query(String.class).single()).isEqualTo("KIOSK");
		assertThat(jdbc.sql("select burst from feedback.response where id = :id").param("id", first)
			.query(Boolean.class).single()).isFalse();
		assertThat(jdbc.sql("select burst from feedback.response where id = :id").param("id", second)
			.query(Boolean.class).single()).isTrue();
		HttpResponse<String> wrongToken = postAsKiosk(body, "not-a-token");
		assertThat(wrongToken.statusCode()).isEqualTo(400);
	}

	@Test
	void acceptedRatingsAreInTheAuditLog() {
		HttpResponse<String> response = post("{\"servicePoint\":\"P00070-1\",\"answers\":{" + FIVE + "}}");
		String id = json.readTree(response.body()).get("id").asString();
		assertThat(jdbc.sql("""
				select count(*) from platform.audit_entry where action = 'feedback.received' and after_state like :id""")
			.param("id", "%" + id + "%").query(Long.class).single()).isEqualTo(1);
	}

	private long count() {
		return jdbc.sql("select count(*) from feedback.response").query(Long.class).single();
	}

	private HttpResponse<String> get(String path) {
		return new WebSession(baseUrl()).get(path);
	}

	private HttpResponse<String> post(String body) {
		return new WebSession(baseUrl()).send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/feedback"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private HttpResponse<String> postAsKiosk(String body, String token) {
		return new WebSession(baseUrl()).send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/feedback"))
			.header("Content-Type", "application/json").header("X-Kiosk-Token", token)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}
}
