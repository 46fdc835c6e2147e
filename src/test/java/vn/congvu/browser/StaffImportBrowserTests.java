package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congvu.platform.Role;
import vn.congvu.staff.StaffFixtures;

/** The xlsx import as a Home Affairs officer does it: template, a bad file, a file with bad rows, a good file. */
class StaffImportBrowserTests extends BrowserTestSupport {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void theTemplateDownloadsAsARealSpreadsheet() throws IOException {
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/staff/import");
		Download download = page.waitForDownload(() -> page.locator("#template-link").click());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new FileInputStream(download.path().toFile()))) {
			org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
				.isEqualTo("Họ và tên");
		}
	}

	@Test
	void aFileThatIsNotASpreadsheetIsRefusedWithAClearMessage() {
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/staff/import");
		page.locator("#file").setInputFiles(new FilePayload("danh-sach.xlsx", XLSX, "Họ và tên\nNguyễn Văn A".getBytes()));
		page.locator("#import-form button[type=submit]").click();
		assertThat(page.locator("#upload-error")).hasText("Tệp tải lên không phải bảng tính Excel (.xlsx).");
	}

	@Test
	void aFileWithBadRowsImportsNothingAndListsEveryProblem() {
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/staff/import");
		byte[] file = StaffFixtures.workbook(List.of(StaffFixtures.validRow("B-BAD-1", "Đoàn Thị Mơ"),
				List.of("B-BAD-2", "Hà Văn Sáu", "", "Nam", "Thợ", "00082", "Bảo vệ", "", "01/08/2025", "")));
		page.locator("#file").setInputFiles(new FilePayload("co-loi.xlsx", XLSX, file));
		page.locator("#import-form button[type=submit]").click();
		assertThat(page.locator("#import-problems")).containsText("Tệp có 1 lỗi nên chưa nhập dòng nào");
		assertThat(page.locator("#import-problems tbody tr")).hasCount(1);
		assertThat(page.locator("#import-problems tbody tr")).containsText("3");
		assertThat(page.locator("#import-problems tbody tr")).containsText("E – Phân loại");
		assertThat(page.locator("#import-problems tbody tr")).containsText("“Thợ” không hợp lệ");
		page.navigate(baseUrl() + "/staff?q=B-BAD-1");
		assertThat(page.locator("#results")).containsText("0 người");
	}

	@Test
	void aGoodFileImportsWithAProgressBarAndThePeopleAppearOnAPhone() {
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/staff/import");
		byte[] file = StaffFixtures.workbook(List.of(StaffFixtures.validRow("B-OK-1", "Khúc Thị Duyên"),
				StaffFixtures.validRow("B-OK-2", "Âu Văn Thịnh")));
		page.locator("#file").setInputFiles(new FilePayload("can-bo.xlsx", XLSX, file));
		page.locator("#import-form button[type=submit]").click();
		assertThat(page.locator("progress")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã nhập thành công 2 người.");
		page.navigate(baseUrl() + "/staff?q=khuc thi duyen");
		assertThat(page.locator("#results tbody tr")).hasCount(1);
		assertThat(page.locator("#results")).containsText("Phường Cửa Nam");
	}
}
