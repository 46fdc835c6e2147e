package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.Gender;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.NewStaffMember;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffManagement;

/**
 * Commendation from the year-end round to the decision: an officer runs the round and sets up the council, the head
 * proposes an eligible civil servant with the achievements, the council members vote on their phones, the officer
 * counts and issues the decision, whose PDF names the award and its cash.
 */
class EmulationBrowserTests extends BrowserTestSupport {

	@Autowired OrgUnitManagement unitManagement;
	@Autowired StaffManagement staffManagement;
	@Autowired JdbcClient jdbc;

	@Test
	void theRoundTheProposalTheSecretBallotOnPhonesAndTheDecision() throws Exception {
		LocalDate from = LocalDate.of(2025, 8, 1); // after the dates the organisation tests look at
		int year = LocalDate.now(clock).getYear();
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		// a unit of its own, outside the city's tree (whose figures other tests count)
		long unit = unitManagement.create(viewer(), new NewOrgUnit("BE" + suffix, "Ban thử nghiệm thi đua " + suffix,
				OrgUnitType.OTHER, null, from));
		String[] names = { "Lương Văn Toàn", "Đinh Thị Mai", "Kiều Minh Tâm", "Tạ Thu Hằng", "Mạc Đức Huy" };
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			people.add(staffManagement.create(viewer(), new NewStaffMember("BE" + i + suffix, names[i],
					StaffCategory.CIVIL_SERVANT, i % 2 == 0 ? Gender.MALE : Gender.FEMALE, null, null, unit,
					i == 0 ? "Trưởng ban" : "Chuyên viên", i == 0 ? Leadership.HEAD : null, from)));
			// the year's approved levels, as evaluation's approval event leaves them
			jdbc.sql("insert into emulation.annual_grade (staff_id, year, unit_id, grade) values (:s, :y, :u, :g)")
				.param("s", people.get(i)).param("y", year).param("u", unit).param("g", i == 4 ? "COMPLETED" : "GOOD")
				.update();
		}
		String officer = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, unit);

		// the officer runs the round and sets up the council with the first three as members
		signIn(officer);
		page.navigate(baseUrl() + "/emulation");
		page.locator("#round-unit").selectOption(String.valueOf(unit));
		page.locator("#round-form button").click();
		assertThat(page.locator("#progress .alert.success")).containsText("5");
		page.navigate(baseUrl() + "/emulation/units/" + unit + "?year=" + year);
		assertThat(page.locator("#subject-STAFF-" + people.get(4))).containsText("Chưa đủ điều kiện");
		assertThat(page.locator("#subject-STAFF-" + people.get(4))).containsText("hiện: Hoàn thành nhiệm vụ");
		for (int i = 0; i < 3; i++) {
			page.locator("#council-form input[name=member][value='" + people.get(i) + "']").check();
		}
		page.locator("#council-chair").selectOption(String.valueOf(people.get(0)));
		page.locator("#council-form button").click();
		assertThat(page.locator("#councils")).containsText("Hội đồng Thi đua – Khen thưởng Ban thử nghiệm");

		// the head proposes an eligible civil servant; the achievements are required
		signIn(testAccounts.createFor(people.get(0), Role.UNIT_HEAD, unit));
		page.navigate(baseUrl() + "/emulation/units/" + unit + "?year=" + year);
		var ldtt = page.locator("#subject-STAFF-" + people.get(3) + " .verdict").first();
		ldtt.locator("summary").click();
		ldtt.locator("textarea").fill("ngắn");
		ldtt.locator("form button").click();
		assertThat(page.locator("#proposal-error")).containsText("ít nhất 10 ký tự");
		ldtt = page.locator("#subject-STAFF-" + people.get(3) + " .verdict").first();
		ldtt.locator("summary").click();
		ldtt.locator("textarea").fill("Không để hồ sơ nào trễ hạn trong cả năm");
		ldtt.locator("form button").click();
		assertThat(page.locator(".alert.success")).hasText("Đã gửi đề nghị khen thưởng.");

		// the officer opens a session for the council
		signIn(officer);
		page.navigate(baseUrl() + "/emulation");
		var council = page.locator("#councils article.card").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText("Ban thử nghiệm thi đua " + suffix));
		council.locator("input[name=heldOn]").fill(VietnameseDates.format(LocalDate.now(clock)));
		council.getByText("Mở phiên họp").click();
		String sessionUrl = page.url();
		assertThat(page.locator("#session-status")).hasText("Đang bỏ phiếu");

		// each member votes on a phone; a second vote is not offered, nobody sees the counts before closing
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		for (int i = 0; i < 3; i++) {
			signIn(testAccounts.createFor(people.get(i), Role.STAFF, unit));
			page.navigate(sessionUrl);
			page.locator("form.vote button[value=approve]").click();
			assertThat(page.locator(".alert.success")).hasText("Đã ghi nhận phiếu của bạn.");
			assertThat(page.locator("form.vote")).hasCount(0);
			assertThat(page.locator("main")).not().containsText("Đồng ý 1");
		}

		// the officer counts and issues the decision
		useViewport(1280, 900);
		signIn(officer);
		page.navigate(sessionUrl);
		page.locator("#close-session button").click();
		assertThat(page.locator("main")).containsText("Đồng ý 3, không đồng ý 0");
		assertThat(page.locator("main")).containsText("Hội đồng thông qua");
		var minutes = page.request().get(baseUrl() + page.locator("#minutes-pdf").getAttribute("href"));
		try (PDDocument pdf = Loader.loadPDF(minutes.body())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("BIÊN BẢN", "Tạ Thu Hằng", "Thông qua");
		}
		// the issuer is chosen from the register's competent authorities, never typed; the number comes from its register
		assertThat(page.locator("#d-issuer option").first()).containsText("Ban thử nghiệm thi đua " + suffix);
		assertThat(page.locator("#d-number")).hasCount(0);
		page.locator("#d-date").fill(VietnameseDates.format(LocalDate.now(clock)));
		page.locator("#decision-form button").click();
		assertThat(page.locator("#decision")).containsText("/QĐ-");
		// the PDF opens in the browser: read it with the page's session
		var response = page.request().get(page.locator("#decision-pdf").getAttribute("href").startsWith("http")
				? page.locator("#decision-pdf").getAttribute("href")
				: baseUrl() + page.locator("#decision-pdf").getAttribute("href"));
		assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("QUYẾT ĐỊNH", "Tạ Thu Hằng", "Lao động tiên tiến", "702.000", "/QĐ-",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		}
	}
}
