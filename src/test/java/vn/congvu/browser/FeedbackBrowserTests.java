package vn.congvu.browser;

import vn.congvu.platform.Viewer;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.VietnameseDates;

/** Citizens at a kiosk (tablet) and on a phone, and an officer handling a report, in headless Chromium. */
class FeedbackBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServicePoints servicePoints;

	@Autowired
	OrgUnitQueries units;

	@Test
	void aKioskAsksWhyAfterANegativeFaceThenThanksAndResets() {
		useViewport(1024, 768);
		long point = jdbc.sql("select id from feedback.service_point where code = 'P00082-2'").query(Long.class)
			.single();
		String token = servicePoints.registerKiosk(Viewer.system(), "P00082-2", "Máy tính bảng thử");
		long before = countAt("P00082-2");
		page.navigate(baseUrl() + "/kiosk/P00082-2#token=" + token);
		assertThat(page).hasURL(baseUrl() + "/kiosk/P00082-2"); // the token leaves the address bar
		page.locator(".kiosk-face[data-value='1']").click();
		assertThat(page.locator("#step-why")).isVisible();
		page.locator(".kiosk-reason[data-code='REASON_EXTRA_DOCUMENTS']").click();
		page.locator("#kiosk-comment").fill("Phải nộp lại giấy tờ ba lần");
		page.locator("#kiosk-send").click();
		assertThat(page.locator("#step-thanks")).isVisible();
		assertThat(page.locator("#step-thanks")).containsText("Xin cảm ơn");
		assertThat(page.locator("#step-rate")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
			.IsVisibleOptions().setTimeout(10_000));
		org.assertj.core.api.Assertions.assertThat(countAt("P00082-2")).isEqualTo(before + 1);
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select a.value from feedback.answer a join feedback.response r on r.id = a.response_id
				join feedback.service_point p on p.id = r.service_point_id
				where p.code = 'P00082-2' and a.question_code = 'REASON_EXTRA_DOCUMENTS'
				order by r.received_at desc limit 1""").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aKioskWithoutAToken() {
		useViewport(1024, 768);
		page.navigate(baseUrl() + "/kiosk/P00097-2");
		page.locator(".kiosk-face[data-value='5']").click();
		assertThat(page.locator("#step-error")).containsText("chưa được đăng ký");
	}

	@Test
	void aCitizenRatesFromTheQrCodeOnAPhone() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		long before = countAt("P00097-1");
		page.navigate(baseUrl() + "/public/survey/P00097-1");
		assertThat(page.locator("h1")).hasText("Đánh giá sự hài lòng");
		for (String question : new String[] { "ACCESS", "PROCEDURE", "OFFICER", "RESULT", "FEEDBACK_HANDLING" }) {
			page.locator("input[name='answer[" + question + "]'][value='4']").check(
					new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
		}
		page.locator("#comment").fill("Nhanh, gọn, đúng hẹn");
		page.locator("#survey-form button[type=submit]").click();
		assertThat(page.locator("#survey-thanks")).hasText("Đánh giá của ông/bà đã được ghi nhận.");
		org.assertj.core.api.Assertions.assertThat(countAt("P00097-1")).isEqualTo(before + 1);
	}

	@Test
	void aCitizenReportsHarassmentOnAPhoneAndFollowsItByCode() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		page.navigate(baseUrl() + "/public/reports/new");
		page.locator("#unitId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Phường Cửa Nam"));
		page.locator("#kind").selectOption("EXTRA_DOCUMENTS");
		page.locator("#occurredOn").fill("31/02/2026");
		page.locator("#description").fill("Tôi bị yêu cầu bổ sung giấy tờ ba lần cho cùng một hồ sơ.");
		page.locator("#anonymous").check();
		page.locator("#report-form button[type=submit]").click();
		assertThat(page.locator("#report-error")).containsText("không phải ngày hợp lệ");
		assertThat(page.locator("#description")).hasValue("Tôi bị yêu cầu bổ sung giấy tờ ba lần cho cùng một hồ sơ.");
		page.locator("#occurredOn").fill(VietnameseDates.format(LocalDate.now(clock).minusDays(3)));
		page.locator("#files").setInputFiles(new com.microsoft.playwright.options.FilePayload("anh.jpg", "image/jpeg",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 })); // a program disguised as a photo
		page.locator("#report-form button[type=submit]").click();
		assertThat(page.locator("#report-error")).containsText("không phải ảnh JPEG, PNG hay tệp PDF");
		page.locator("#files").setInputFiles(new com.microsoft.playwright.options.FilePayload("anh.jpg", "image/jpeg",
				vn.congvu.SampleFiles.jpeg()));
		page.locator("#report-form button[type=submit]").click();
		String code = page.locator("#tracking-code").innerText().strip();
		org.assertj.core.api.Assertions.assertThat(code).matches("PA-[A-Z2-9]{8}");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
				select count(*) from feedback.report_attachment a join feedback.report r on r.id = a.report_id
				where r.tracking_code = :code and a.content_type = 'image/jpeg'""").param("code", code)
			.query(Long.class).single()).isEqualTo(1);
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tra cứu kết quả xử lý"))
			.click();
		assertThat(page.locator("#report-status")).containsText("Đã tiếp nhận");
		assertThat(page.locator("#report-status")).containsText("Phường Cửa Nam");
	}

	@Test
	void anOfficerHandlesAReportToItsPublicAnswer() {
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		long ward = units.byCode("00070", LocalDate.of(2025, 7, 1)).id();
		String code = new vn.congvu.WebSession(baseUrl()).send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/reports")).header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"unitId\":" + ward + ",\"kind\":\"RUDE\","
					+ "\"occurredOn\":\"" + LocalDate.now(clock) + "\",\"description\":\"Quát nạt người dân\","
					+ "\"anonymous\":false,\"reporterName\":\"Lâm Thị Kín\",\"reporterContact\":\"0911111111\"}"))
			.build()).body().replaceAll(".*\"(PA-[A-Z0-9]+)\".*", "$1");
		String investigator = testAccounts.create(Role.INSPECTOR, hanoi);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hanoi));
		page.navigate(baseUrl() + "/feedback/reports");
		page.getByText(code).click();
		assertThat(page.locator("#reporter")).hasText("Chỉ cán bộ được giao xác minh xem được");
		assertThat(page.locator("#handlingUnitId option[value='" + ward + "']")).hasCount(0);
		page.locator("#handlingUnitId").selectOption(String.valueOf(hanoi));
		page.locator("#investigator").fill(testAccounts.create(Role.INSPECTOR, ward));
		page.locator("#assign-form button").click();
		assertThat(page.locator("#action-error")).containsText("thuộc đơn vị bị phản ánh");
		page.locator("#handlingUnitId").selectOption(String.valueOf(hanoi));
		page.locator("#investigator").fill(investigator);
		page.locator("#assign-form button").click();
		assertThat(page.locator("#report-status")).hasText("Đã giao xử lý");
		page.locator("#verify-form button").click();
		assertThat(page.locator("#report-status")).hasText("Đang xác minh");
		page.locator("#resolve-form input[name=substantiated][value=true]").check();
		page.locator("#publicAnswer").fill("Phản ánh đúng. Phường đã kiểm điểm công chức và xin lỗi ông/bà.");
		page.locator("#resolve-form input[name=apology]").check();
		page.locator("#resolve-form button").click();
		assertThat(page.locator("#report-status")).hasText("Phản ánh đúng");
		page.navigate(baseUrl() + "/public/reports/track?code=" + code);
		assertThat(page.locator("#report-status")).containsText("Phường đã kiểm điểm công chức");
		assertThat(page.locator("#report-status")).containsText("Đơn vị đã xin lỗi công khai.");
		assertThat(page.locator("body")).not().containsText("Lâm Thị Kín");
	}

	@Test
	void theSatisfactionPageShowsTheIndexTheFormulaAndTheTrend() {
		signIn(testAccounts.create(Role.LEADER, null));
		page.navigate(baseUrl() + "/feedback");
		assertThat(page.locator("#overall-index")).containsText("%");
		assertThat(page.locator("details.formula")).containsText("trung bình cộng");
		assertThat(page.locator("#byUnit tbody tr")).hasCount(4);
		org.assertj.core.api.Assertions.assertThat(page.locator("#trend").evaluate("c => c.width")).isNotEqualTo(0);
		page.locator("#from").fill("32/13/2026");
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Khoảng thời gian không hợp lệ");
	}

	@Test
	void aUnitHeadRegistersATabletForADeskAndTheTabletRates() {
		long hongHa = units.byCode("00097", LocalDate.of(2025, 7, 1)).id();
		signIn(testAccounts.create(Role.UNIT_HEAD, hongHa));
		page.navigate(baseUrl() + "/feedback/service-points");
		assertThat(page.locator("tbody tr")).hasCount(2);
		assertThat(page.locator("tbody")).not().containsText("Phường Hoàn Kiếm");
		page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("P00097-2"))
			.getByText("Quản lý").click();
		page.locator("#kiosk-form button").click();
		String link = page.locator("#kiosk-registered .code").innerText().strip();
		org.assertj.core.api.Assertions.assertThat(link).startsWith("/kiosk/P00097-2#token=");
		long before = countAt("P00097-2");
		useViewport(1024, 768);
		page.navigate(baseUrl() + link);
		page.locator(".kiosk-face[data-value='4']").click();
		assertThat(page.locator("#step-thanks")).isVisible();
		org.assertj.core.api.Assertions.assertThat(countAt("P00097-2")).isEqualTo(before + 1);
	}

	private long countAt(String code) {
		return jdbc.sql("""
				select count(*) from feedback.response r join feedback.service_point p on p.id = r.service_point_id
				where p.code = :code""").param("code", code).query(Long.class).single();
	}
}
