package vn.congvu.feedback.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.congvu.feedback.SatisfactionElement;
import vn.congvu.feedback.SatisfactionQueries;

/** The satisfaction tables as an .xlsx workbook: one sheet per breakdown, shares as percentages. */
@Component
class SatisfactionSpreadsheet {

	private static final List<String> HEADERS = List.of("Tiếp cận", "Thủ tục", "Công chức", "Kết quả",
			"Tiếp nhận góp ý", "Đánh giá chung (kiosk)", "Chỉ số chung (%)", "Số lượt đánh giá");

	byte[] write(List<SatisfactionQueries.Row> byUnit, List<SatisfactionQueries.Row> byPoint,
			List<SatisfactionQueries.Row> byOfficer) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook, "Theo đơn vị", "Đơn vị", byUnit);
			sheet(workbook, "Theo quầy", "Quầy", byPoint);
			sheet(workbook, "Theo công chức", "Công chức", byOfficer);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void sheet(XSSFWorkbook workbook, String name, String first, List<SatisfactionQueries.Row> rows) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue(first);
		for (int c = 0; c < HEADERS.size(); c++) {
			header.createCell(c + 1).setCellValue(HEADERS.get(c));
		}
		int r = 1;
		for (SatisfactionQueries.Row row : rows) {
			Row line = sheet.createRow(r++);
			line.createCell(0).setCellValue(row.label());
			if (!row.shown()) {
				line.createCell(1).setCellValue("Chưa đủ số lượt để công bố");
				continue;
			}
			int c = 1;
			for (SatisfactionElement element : SatisfactionController.COLUMNS) {
				Double percent = row.index().percent(element);
				if (percent != null) {
					line.createCell(c).setCellValue(percent);
				}
				c++;
			}
			if (row.index().percent() != null) {
				line.createCell(c).setCellValue(row.index().percent());
			}
			line.createCell(c + 1).setCellValue(row.index().responses());
		}
		sheet.setColumnWidth(0, 40 * 256);
	}
}
