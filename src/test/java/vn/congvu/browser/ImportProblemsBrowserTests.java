package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.Methodologies;

/**
 * Imports with mistakes answer with the page and every problem at its row and column, never an error page, and write
 * nothing: a methodology workbook with four mistakes, one-stop figures with three bad rows.
 */
class ImportProblemsBrowserTests extends BrowserTestSupport {

	@Autowired Methodologies methodologies;

	@Test
	void aMethodologyWorkbookWithFourMistakesListsThemAll() {
		long hanoi = scopeUnits.byCode("01", LocalDate.of(2025, 7, 1)).id();
		Viewer officer = new Viewer("test-import-officer", "Cán bộ Sở Nội vụ", Role.HOME_AFFAIRS_OFFICER, hanoi,
				scopeUnits.pathOf(hanoi), null, false);
		long id = methodologies.create(officer, new Methodologies.NewMethodology(2022, List.of(OrgUnitType.WARD),
				"Chỉ số CCHC cấp phường năm 2022 (nhập thử có lỗi)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30),
				"A:90; B:80; C:0", null));
		byte[] workbook = workbook(List.of(List.of("1", "", "Chỉ đạo, điều hành", "abc"),
				List.of("1.1", "9", "Kế hoạch CCHC", "10"), List.of("1.2", "1", "Báo cáo", "mười"),
				List.of("1.2", "1", "Báo cáo lần hai", "5")));
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/reform-index/methodologies/" + id);
		page.locator("#i-file").setInputFiles(new FilePayload("bo-chi-so.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook));
		Response answer = page.waitForResponse(r -> r.url().endsWith("/reform-index/methodologies/" + id)
				&& r.request().method().equals("GET"), () -> page.locator("#import-form button[type=submit]").click());
		org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(200);
		assertThat(page.locator("#problems tbody tr")).hasCount(4);
		assertThat(page.locator("#problems tbody tr").first()).containsText("abc");
		assertThat(page.locator("#problems")).containsText("9");
		org.assertj.core.api.Assertions.assertThat(methodologies.items(id)).as("nothing written").isEmpty();
	}

	@Test
	void oneStopFiguresWithBadRowsListThemAll() {
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null));
		page.navigate(baseUrl() + "/reform-index/one-stop");
		String csv = "Mã đơn vị,Tháng,Tiếp nhận,Đúng hạn,Trễ hạn,Thư xin lỗi\n" + "00082,13/2026,10,9,1,1\n"
				+ "99999,10/2026,10,9,1,1\n" + "00082,10/2026,mười,9,1,1\n";
		page.locator("#o-file").setInputFiles(new FilePayload("mot-cua.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)));
		page.locator("#onestop-form button[type=submit]").click();
		assertThat(page.locator("#problems tbody tr")).hasCount(3);
		assertThat(page.locator("#problems tbody tr").nth(0)).containsText("13/2026");
		assertThat(page.locator("#problems tbody tr").nth(1)).containsText("99999");
		assertThat(page.locator("#problems tbody tr").nth(2)).containsText("mười");
	}

	private static byte[] workbook(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Bộ chỉ số");
			var header = sheet.createRow(0);
			String[] headers = { "Mã", "Mã mục cha", "Tên", "Điểm tối đa", "Cách chấm", "Nguồn", "Minh chứng",
				"Hướng dẫn", "Trọng số thấp nhất (%)", "Trọng số cao nhất (%)" };
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
