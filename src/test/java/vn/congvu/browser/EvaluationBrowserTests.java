package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.staff.Gender;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.NewStaffMember;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffManagement;

/**
 * The monthly scorecard from closing to the annual list: an officer closes the month, a civil servant self-assesses
 * on a phone, the head (her direct supervisor) reviews, approval is refused over the quota and says who is nearest
 * the line, the head adjusts with a reason, approves, and exports the annual list.
 */
class EvaluationBrowserTests extends BrowserTestSupport {

	@Autowired OrgUnitManagement unitManagement;
	@Autowired OrgUnitQueries units;
	@Autowired StaffManagement staffManagement;

	@Test
	void selfAssessmentOnAPhoneReviewQuotaRefusalAdjustmentApprovalAndTheAnnualList() throws Exception {
		LocalDate from = LocalDate.of(2025, 8, 1);
		// a unit of its own, outside the city's tree (whose units, codes of conduct and figures other tests count)
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		long division = unitManagement.create(viewer(), new NewOrgUnit("BT" + suffix, "Ban thử nghiệm đánh giá " + suffix,
				OrgUnitType.OTHER, null, from));
		long head = staffManagement.create(viewer(), new NewStaffMember("BTH" + suffix, "Lương Thị Bích Ngọc",
				StaffCategory.CIVIL_SERVANT, Gender.FEMALE, null, null, division, "Trưởng phòng", Leadership.HEAD, from));
		long clerk = staffManagement.create(viewer(), new NewStaffMember("BTC" + suffix, "Đặng Minh Khôi",
				StaffCategory.CIVIL_SERVANT, Gender.MALE, null, null, division, "Chuyên viên", null, from));
		String[] others = { "Hà Thu Trang", "Vũ Đức Thịnh", "Trịnh Ngọc Ánh" };
		for (int i = 0; i < others.length; i++) {
			staffManagement.create(viewer(), new NewStaffMember("BT" + i + suffix, others[i],
					StaffCategory.CIVIL_SERVANT, Gender.FEMALE, null, null, division, "Chuyên viên", null, from));
		}
		YearMonth month = YearMonth.now(clock).minusMonths(1);

		// a Home Affairs officer closes the month: everyone gets a suggested scorecard
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, division));
		page.navigate(baseUrl() + "/evaluation/units/" + division + "/calibration?month=" + month);
		page.locator("#close-form button").click();
		assertThat(page.locator("#progress .alert.success")).hasText("Đã tạo 5 phiếu đánh giá.");

		// the civil servant self-assesses on a phone: more than suggested needs a reason
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.createFor(clerk, Role.STAFF, division));
		page.navigate(baseUrl() + "/evaluation");
		page.locator("#my-scorecards a").first().click();
		assertThat(page.locator("#scorecard-status")).hasText("Chờ tự đánh giá");
		assertThat(page.locator("#scorecard-inputs")).containsText("Không có nhiệm vụ đến hạn");
		page.locator("#self-results").fill("65");
		page.locator("#self-form button").click();
		assertThat(page.locator("#scorecard-error")).containsText("ghi lý do");
		page.locator("#self-results").fill("65");
		page.locator("#self-text").fill("Hoàn thành trước hạn cả ba báo cáo chuyên đề của phòng");
		page.locator("#self-form button").click();
		assertThat(page.locator("#scorecard-status")).hasText("Chờ quản lý trực tiếp");
		assertThat(page.locator("#scorecard-grade")).hasText("Hoàn thành xuất sắc nhiệm vụ");
		String cardUrl = page.url();

		// the head is the direct supervisor: she reviews on a desktop
		useViewport(1280, 900);
		signIn(testAccounts.createFor(head, Role.UNIT_HEAD, division));
		page.navigate(baseUrl() + "/evaluation");
		page.locator("#to-review a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Đặng Minh Khôi"))
			.click();
		page.locator("#review-form button").click();
		assertThat(page.locator("#scorecard-status")).hasText("Chờ thủ trưởng phê duyệt");

		// approval is refused over the quota (20% of those rated good: 4 good → 0 excellent) and names who is nearest
		page.navigate(baseUrl() + "/evaluation/units/" + division + "/calibration?month=" + month);
		page.locator("#approve-form button").click();
		assertThat(page.locator("#calibration-error")).containsText("Không thể phê duyệt");
		assertThat(page.locator("#calibration-error")).containsText("Đặng Minh Khôi");
		assertThat(page.locator("#calibration-groups")).containsText("Đặng Minh Khôi");

		page.navigate(cardUrl);
		page.locator("#adjust-results").fill("55");
		page.locator("#adjust-text").fill("Sản phẩm đúng hạn nhưng chưa vượt yêu cầu về chất lượng");
		page.locator("#adjust-form button").click();
		assertThat(page.locator("#scorecard-grade")).hasText("Hoàn thành tốt nhiệm vụ");
		assertThat(page.locator("#scorecard-stages")).containsText("Sản phẩm đúng hạn");

		page.navigate(baseUrl() + "/evaluation/units/" + division + "/calibration?month=" + month);
		page.locator("#approve-form button").click();
		assertThat(page.locator(".alert.success")).hasText("Đã phê duyệt.");
		assertThat(page.locator("#calibration-cards")).containsText("Đã phê duyệt");

		// the annual list: exported as xlsx, with the person in it
		page.navigate(baseUrl() + "/evaluation/units/" + division + "/annual?year=" + month.getYear());
		assertThat(page.locator("main")).containsText("Đặng Minh Khôi");
		Download download = page.waitForDownload(() -> page.locator("#annual-xlsx").click());
		List<String> names = new ArrayList<>();
		try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					names.add(cell.toString());
				}
			}
		}
		assertThat(names).contains("Đặng Minh Khôi", "Lương Thị Bích Ngọc");
	}
}
