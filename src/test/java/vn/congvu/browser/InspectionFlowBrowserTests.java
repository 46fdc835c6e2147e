package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.VietnameseDates;

/**
 * The whole conduct flow on a phone: plan → visit with the checklist → finding with a photo → the leader's conclusion
 * PDF → the violation explained by the ward → confirmed → disciplinary case → decision.
 */
class InspectionFlowBrowserTests extends BrowserTestSupport {

	static final byte[] PNG = vn.congvu.SampleFiles.png();

	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitQueries units;

	record Person(long id, String fullName) {
	}

	@Test
	void fromThePlanToTheDisciplinaryDecisionOnAPhone() throws Exception {
		long cuaNam = units.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		long team = jdbc.sql("select id from conduct.inspection_team where name = 'Đoàn kiểm tra công vụ số 1'")
			.query(Long.class).single();
		long leaderId = jdbc.sql("select leader_id from conduct.inspection_team where id = :t").param("t", team)
			.query(Long.class).single();
		long memberId = jdbc.sql("select min(staff_id) from conduct.team_member where team_id = :t and staff_id <> :l")
			.param("t", team).param("l", leaderId).query(Long.class).single();
		Person person = jdbc.sql("""
				select s.id, s.full_name from staff.staff_member s join staff.assignment a on a.staff_id = s.id
				where a.unit_id = :u and a.valid_to is null and a.leadership is null and s.category = 'CIVIL_SERVANT'
				  and s.staff_code like 'HK%' order by s.staff_code desc limit 1""").param("u", cuaNam).query(Person.class).single();
		String title = "Kiểm tra thẻ công chức " + System.nanoTime();
		String finding = "Ông/bà " + person.fullName() + " không đeo thẻ công chức khi tiếp nhận hồ sơ";

		// An inspector of the team plans and starts the visit on a phone.
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.createFor(memberId, Role.INSPECTOR, null));
		page.navigate(baseUrl() + "/conduct/inspections");
		page.locator("#teamId").selectOption(String.valueOf(team));
		page.locator("#unitId").selectOption(String.valueOf(cuaNam));
		page.locator("#title").fill(title);
		page.locator("#plannedOn").fill(VietnameseDates.format(LocalDate.now(clock).plusDays(1)));
		page.locator("#plan-form button[type=submit]").click();
		Locator row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title));
		row.getByText(title).click();
		assertThat(page.locator("h1")).hasText(title);
		page.locator("#start-visit").click(); // on the visit's own page: it opens with the checklist
		assertThat(page.locator("#visit-status")).hasText("Đang kiểm tra");

		// The checklist: each tick is saved as a draft; a reload keeps it.
		Locator items = page.locator("fieldset.check-item");
		assertThat(items).hasCount(10); // seven rules of the 522 code and three standard items (waits for the page)
		int count = items.count();
		for (int i = 0; i < count; i++) {
			items.nth(i).locator(i == 1 ? "label.seg-violation" : "label.seg-compliant").click();
		}
		assertThat(page.locator("#draft-status")).containsText("Đã lưu nháp");
		page.waitForTimeout(800); // the last change's autosave
		page.reload();
		assertThat(page.locator("fieldset.check-item").nth(1).locator("input[value=VIOLATION]")).isChecked();

		// A disguised upload is refused and nothing is stored; a real photo is kept with the finding.
		page.locator("#f-description").fill(finding);
		page.locator("#f-files").setInputFiles(new FilePayload("anh.jpg", "image/jpeg", new byte[] { 'M', 'Z', 0, 0 }));
		page.locator("#finding-form button[type=submit]").click();
		assertThat(page.locator("#visit-error")).containsText("không phải ảnh JPEG, PNG hay tệp PDF");
		assertThat(page.locator("article.finding")).hasCount(0);
		page.locator("#f-person").selectOption(String.valueOf(person.id()));
		page.locator("#f-article").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
		page.locator("#f-description").fill(finding);
		page.locator("#f-files").setInputFiles(new FilePayload("the.png", "image/png", PNG));
		page.locator("#finding-form button[type=submit]").click();
		assertThat(page.locator("article.finding")).containsText(finding);
		assertThat(page.locator("article.finding")).containsText("Điều 4. Trang phục, tác phong");
		assertThat(page.locator("article.finding img")).hasCount(1);

		page.locator("#a-description").fill("Nhắc nhở công chức đeo thẻ trong giờ làm việc");
		page.locator("#a-due").fill("01/01/2020");
		page.locator("#action-form button[type=submit]").click();
		assertThat(page.locator("#visit-error")).containsText("Thời hạn khắc phục không được ở trong quá khứ");
		page.locator("#a-description").fill("Nhắc nhở công chức đeo thẻ trong giờ làm việc");
		page.locator("#a-due").fill(VietnameseDates.format(LocalDate.now(clock).plusDays(14)));
		page.locator("#action-form button[type=submit]").click();
		assertThat(page.locator("#actions table")).containsText("Nhắc nhở công chức đeo thẻ");
		page.locator("#summary").fill("Phường chấp hành tốt giờ giấc; một công chức chưa đeo thẻ.");
		page.locator("#conclusion form button[type=submit]").click();
		assertThat(page.locator("#conclusion-text")).containsText("một công chức chưa đeo thẻ");
		assertThat(page.locator("#confirm-conclusion")).hasCount(0); // only the leader confirms
		String visitUrl = page.url().replaceAll("#.*", "");

		// The team leader confirms; the conclusion PDF carries the Vietnamese names exactly.
		signIn(testAccounts.createFor(leaderId, Role.INSPECTOR, null));
		page.navigate(visitUrl);
		page.locator("#confirm-conclusion").click();
		assertThat(page.locator("#visit-status")).containsText("Đã kết luận");
		APIResponse pdf = page.request().get(baseUrl() + page.locator("#conclusion-pdf").getAttribute("href"));
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("KẾT LUẬN", "Kiểm tra công vụ:", "/KL-ĐKT", title,
					"Phường Cửa Nam", person.fullName(), "Nhắc nhở công chức đeo thẻ");
		}

		// The Home Affairs officer asks the ward to explain; the ward's head explains on the phone.
		long violation = jdbc.sql("select id from conduct.violation where description = :d").param("d", finding)
			.query(Long.class).single();
		String officer = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		signIn(officer);
		page.navigate(baseUrl() + "/conduct/violations");
		Locator card = page.locator("#violation-" + violation);
		assertThat(card).containsText(person.fullName());
		card.locator("input[name=text]").first().fill(VietnameseDates.format(LocalDate.now(clock).plusDays(5)));
		card.getByText("Yêu cầu giải trình").click();
		signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam));
		page.navigate(baseUrl() + "/conduct/violations");
		page.locator("#explain-" + violation).fill("Công chức đã đeo thẻ từ hôm sau; đã nhắc nhở toàn phường.");
		page.locator("#violation-" + violation + " form button").click();
		assertThat(page.locator("#violation-" + violation)).containsText("đã nhắc nhở toàn phường");

		// The officer confirms and opens a disciplinary case; review meeting, council, decision.
		signIn(officer);
		page.navigate(baseUrl() + "/conduct/violations");
		page.locator("#violation-" + violation).getByText("Xác nhận vi phạm").click();
		page.locator("#violation-" + violation + " .open-case button").click();
		assertThat(page.locator("h1")).containsText(person.fullName());
		assertThat(page.locator("#case-stage")).hasText("Mở vụ việc");
		page.locator("#stage").selectOption("REVIEW_MEETING");
		page.locator("#record-step").click();
		assertThat(page.locator("#case-stage")).hasText("Họp kiểm điểm");
		page.locator("#stage").selectOption("COUNCIL");
		page.locator("#record-step").click();
		assertThat(page.locator("#case-stage")).hasText("Hội đồng kỷ luật");
		assertThat(page.locator("#measure option")).containsText(new String[] { "Khiển trách", "Cảnh cáo" });
		page.locator("#measure").selectOption("REPRIMAND");
		assertThat(page.locator("#number-note")).containsText("sổ đăng ký văn bản đi"); // the number is not typed
		page.locator("#decide").click();
		assertThat(page.locator("#case-stage")).hasText("Đã quyết định");
		assertThat(page.locator("#decision")).containsText("Khiển trách");
		APIResponse decision = page.request().get(baseUrl() + page.locator("#decision-pdf").getAttribute("href"));
		try (PDDocument document = Loader.loadPDF(decision.body())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(person.fullName(), "khiển trách")
				.containsPattern("Số: \\d+/QĐ-UBND");
		}
		String caseUrl = page.url();

		// Nobody else sees the case.
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		assertThat(page.navigate(caseUrl).status()).isEqualTo(404);
	}

	@org.springframework.beans.factory.annotation.Autowired
	vn.congvu.conduct.inspections.Inspections inspections;

	@Test
	void aTickMadeOfflineIsSentWhenTheConnectionReturns() {
		long cuaNam = units.byCode("00082", LocalDate.of(2025, 7, 1)).id();
		long team = jdbc.sql("select id from conduct.inspection_team where name = 'Đoàn kiểm tra công vụ số 1'")
			.query(Long.class).single();
		long memberId = jdbc.sql("""
				select min(m.staff_id) from conduct.team_member m join conduct.inspection_team t on t.id = m.team_id
				where t.id = :t and m.staff_id <> t.leader_id""").param("t", team).query(Long.class).single();
		String inspector = testAccounts.createFor(memberId, Role.INSPECTOR, null);
		signInAs(inspector, Role.INSPECTOR, null);
		long plan = inspections.plan(viewer(), team, cuaNam, vn.congvu.conduct.inspections.InspectionKind.SURPRISE, "Kiểm tra khi mất mạng",
				LocalDate.now(clock).plusDays(1));
		inspections.start(viewer(), plan);
		signOut();

		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(inspector);
		page.navigate(baseUrl() + "/conduct/inspections/" + plan);
		context.setOffline(true);
		page.locator("fieldset.check-item").nth(0).locator("label.seg-violation").click();
		assertThat(page.locator("#draft-status")).containsText("Mất kết nối");
		context.setOffline(false);
		assertThat(page.locator("#draft-status")).containsText("Đã lưu nháp");
		page.reload();
		assertThat(page.locator("fieldset.check-item").nth(0).locator("input[value=VIOLATION]")).isChecked();
	}
}
