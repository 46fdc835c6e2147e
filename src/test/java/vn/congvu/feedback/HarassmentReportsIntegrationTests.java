package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/** Harassment reports: tracking, the confidential reporter, assignment rules and the workflow. */
@RecordApplicationEvents
class HarassmentReportsIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	HarassmentReports reports;

	@Autowired
	OrgUnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void aCitizenFilesAReportAndFollowsItWithoutEverSeeingIdentities() {
		long ward = units.byCode("00082", REFORM).id();
		HttpResponse<String> filed = post("{\"unitId\":" + ward + ",\"kind\":\"SOLICITING\",\"occurredOn\":\""
				+ LocalDate.now(clock).minusDays(2) + "\",\"description\":\"Cán bộ gợi ý nộp thêm phí ngoài quy định\","
				+ "\"anonymous\":false,\"reporterName\":\"Người Dân Thử\",\"reporterContact\":\"0900000000\"}");
		assertThat(filed.statusCode()).isEqualTo(201);
		String code = json.readTree(filed.body()).get("trackingCode").asString();
		assertThat(code).matches("PA-[A-Z2-9]{8}");
		HttpResponse<String> tracked = new WebSession(baseUrl()).get("/api/v1/reports/" + code);
		assertThat(tracked.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(tracked.body());
		assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(tracked.body()).doesNotContain("Người Dân Thử", "0900000000", "reporter");
		assertThat(new WebSession(baseUrl()).get("/api/v1/reports/PA-NOTHING").statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select after_state from platform.audit_entry where action = 'report.file' "
				+ "and after_state like :code").param("code", "%" + code + "%").query(String.class).single())
			.doesNotContain("Người Dân Thử", "0900000000");
	}

	@Test
	void badReportsAreRefusedAndNothingIsStored() {
		long before = jdbc.sql("select count(*) from feedback.report").query(Long.class).single();
		long ward = units.byCode("00082", REFORM).id();
		assertThat(post("{\"unitId\":" + ward + ",\"kind\":\"RUDE\"}").statusCode()).isEqualTo(400);
		assertThat(post("{\"unitId\":" + ward + ",\"kind\":\"BRIBE\",\"occurredOn\":\"2026-01-01\","
				+ "\"description\":\"x\",\"anonymous\":true}").statusCode()).isEqualTo(400);
		assertThat(post("{\"unitId\":" + ward + ",\"kind\":\"RUDE\",\"occurredOn\":\"2999-01-01\","
				+ "\"description\":\"x\",\"anonymous\":true}").body()).contains("không thể sau hôm nay");
		assertThat(post("{\"unitId\":" + ward + ",\"kind\":\"RUDE\",\"occurredOn\":\"2026-01-01\","
				+ "\"description\":\"x\",\"anonymous\":false}").body()).contains("họ tên");
		assertThat(post("{\"unitId\":999999,\"kind\":\"RUDE\",\"occurredOn\":\"2026-01-01\","
				+ "\"description\":\"x\",\"anonymous\":true}").statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from feedback.report").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void onlyTheAssignedInvestigatorSeesWhoReported() {
		long ward = units.byCode("00070", REFORM).id();
		long hanoi = units.byCode("01", REFORM).id();
		String code = reports.file(new NewReport(ward, ReportKind.EXTRA_DOCUMENTS, LocalDate.now(clock).minusDays(1),
				"Bị yêu cầu bổ sung giấy tờ ba lần", false, "Trần Thị Bảo Mật", "bao.mat@example.vn"));
		String investigator = testAccounts.create(Role.INSPECTOR, hanoi);
		signInAs(Role.HOME_AFFAIRS_OFFICER, hanoi);
		long id = reports.list(viewer()).stream().filter(r -> r.trackingCode().equals(code)).findFirst().orElseThrow().id();
		assertThat(reports.find(viewer(), id).reporterName()).isNull();
		reports.assign(viewer(), id, hanoi, investigator);
		assertThat(reports.find(viewer(), id).reporterName()).as("still hidden from the officer who assigned it").isNull();
		signInAs(investigator, Role.INSPECTOR, hanoi);
		assertThat(reports.find(viewer(), id).reporterName()).isEqualTo("Trần Thị Bảo Mật");
		assertThat(reports.find(viewer(), id).reporterContact()).isEqualTo("bao.mat@example.vn");
		signInAs(Role.UNIT_HEAD, ward);
		assertThatThrownBy(() -> reports.find(viewer(), id)).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aReportIsNeverAssignedToTheUnitReportedOn() {
		long ward = units.byCode("00097", REFORM).id();
		long hanoi = units.byCode("01", REFORM).id();
		String code = reports.file(new NewReport(ward, ReportKind.RUDE, LocalDate.now(clock), "Thái độ hách dịch", true,
				null, null));
		signInAs(Role.HOME_AFFAIRS_OFFICER, hanoi);
		long id = reports.list(viewer()).stream().filter(r -> r.trackingCode().equals(code)).findFirst().orElseThrow().id();
		String insider = testAccounts.create(Role.INSPECTOR, ward);
		String outsider = testAccounts.create(Role.INSPECTOR, hanoi);
		assertThatThrownBy(() -> reports.assign(viewer(), id, ward, outsider)).isInstanceOf(InvalidInputException.class)
			.hasMessage("report.handlerIsReported");
		assertThatThrownBy(() -> reports.assign(viewer(), id, hanoi, insider)).isInstanceOf(InvalidInputException.class)
			.hasMessage("report.investigatorIsReported");
		assertThatThrownBy(() -> reports.resolve(viewer(), id, true, "Đúng", true)).isInstanceOf(InvalidInputException.class)
			.hasMessage("report.illegalStep");
		assertThat(reports.find(viewer(), id).status()).isEqualTo(ReportStatus.RECEIVED);
	}

	@Test
	void theWorkflowEndsWithAPublicAnswerAndAnEventForSubstantiatedReports() {
		long ward = units.byCode("00004", REFORM).id();
		long hanoi = units.byCode("01", REFORM).id();
		String code = reports.file(new NewReport(ward, ReportKind.LATE_WITHOUT_APOLOGY, LocalDate.now(clock),
				"Trả kết quả trễ một tuần", true, null, null));
		String investigator = testAccounts.create(Role.INSPECTOR, hanoi);
		signInAs(Role.HOME_AFFAIRS_OFFICER, hanoi);
		long id = reports.list(viewer()).stream().filter(r -> r.trackingCode().equals(code)).findFirst().orElseThrow().id();
		reports.assign(viewer(), id, hanoi, investigator);
		reports.startVerifying(viewer(), id);
		reports.resolve(viewer(), id, true, "Phường đã xác minh, phản ánh đúng; đã nhắc nhở công chức.", true);
		ReportTracking tracking = reports.track(code);
		assertThat(tracking.status()).isEqualTo(ReportStatus.SUBSTANTIATED);
		assertThat(tracking.apology()).isTrue();
		assertThat(tracking.publicAnswer()).contains("phản ánh đúng");
		assertThat(events.stream(HarassmentReportSubstantiated.class))
			.anySatisfy(e -> assertThat(e.trackingCode()).isEqualTo(code));
		assertThat(jdbc.sql("select count(*) from feedback.report_step where report_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(4);
		assertThat(reports.statistics(LocalDate.now(clock).withDayOfYear(1), LocalDate.now(clock)))
			.anySatisfy(s -> {
				assertThat(s.unitId()).isEqualTo(ward);
				assertThat(s.substantiated()).isPositive();
			});
	}

	@Test
	void attachmentsAreStoredWithTheReportAndServedOnlyWithinScope() {
		long ward = units.byCode("00082", REFORM).id();
		long hanoi = units.byCode("01", REFORM).id();
		byte[] photo = vn.congvu.SampleFiles.jpeg();
		vn.congvu.platform.UploadedFile checked = vn.congvu.platform.UploadedFile.of("anh.jpg", photo);
		String code = reports.file(new NewReport(ward, ReportKind.SOLICITING, LocalDate.now(clock), "Có ảnh", true, null,
				null), java.util.List.of(checked));
		signInAs(Role.HOME_AFFAIRS_OFFICER, hanoi);
		long id = reports.list(viewer()).stream().filter(r -> r.trackingCode().equals(code)).findFirst().orElseThrow().id();
		HarassmentReports.AttachmentView attachment = reports.attachments(viewer(), id).get(0);
		assertThat(attachment.contentType()).isEqualTo("image/jpeg");
		assertThat(reports.attachment(viewer(), id, attachment.id()).content()).isEqualTo(checked.content());
		signInAs(Role.INSPECTOR, units.byCode("00070", REFORM).id());
		assertThatThrownBy(() -> reports.attachment(viewer(), id, attachment.id())).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> reports.file(new NewReport(ward, ReportKind.RUDE, LocalDate.now(clock), "Bốn tệp", true,
				null, null), java.util.Collections.nCopies(4, vn.congvu.platform.UploadedFile.of("anh.jpg", photo))))
			.hasMessage("report.tooManyAttachments");
	}

	private HttpResponse<String> post(String body) {
		return new WebSession(baseUrl()).send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reports"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}
}
