package vn.congvu.staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds staff spreadsheets for tests: a header row, then one row per given list of cells. */
public final class StaffFixtures {

	private StaffFixtures() {
	}

	public static byte[] workbook(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Cán bộ");
			Row header = sheet.createRow(0);
			for (int c = 0; c < StaffSpreadsheet.HEADERS.size(); c++) {
				header.createCell(c).setCellValue(StaffSpreadsheet.HEADERS.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A valid row for the new Cửa Nam ward (code 00082) from 01/08/2025. */
	public static List<String> validRow(String code, String name) {
		return List.of(code, name, "12/03/1990", "Nữ", "Công chức", "00082", "Công chức một cửa", "", "01/08/2025",
				"");
	}
}
