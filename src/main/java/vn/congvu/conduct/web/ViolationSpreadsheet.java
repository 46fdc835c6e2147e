package vn.congvu.conduct.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.violations.ViolationFilter;
import vn.congvu.conduct.violations.ViolationStatistics;
import vn.congvu.platform.Viewer;

/**
 * The violations a dashboard's filter selects, as an .xlsx workbook (at most {@link #EXPORT_LIMIT} rows, written as
 * they are read): a typed date shown dd/MM/yyyy, the unit, the person, the article, and severity, status and source in
 * Vietnamese words.
 */
@Component
class ViolationSpreadsheet {

	static final int EXPORT_LIMIT = 100_000;

	private final ViolationStatistics statistics;
	private final MessageSource messages;

	ViolationSpreadsheet(ViolationStatistics statistics, MessageSource messages) {
		this.statistics = statistics;
		this.messages = messages;
	}

	byte[] write(Viewer viewer, ViolationFilter filter) throws IOException {
		Locale vi = Locale.forLanguageTag("vi");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Vi phạm");
			String[] header = { "Ngày", "Đơn vị", "Người vi phạm", "Điều khoản", "Mức độ", "Trạng thái", "Nội dung",
					"Nguồn" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			int[] r = { 1 };
			org.apache.poi.ss.usermodel.CellStyle day = workbook.createCellStyle(); // a typed date, shown dd/MM/yyyy
			day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			statistics.each(viewer, filter, EXPORT_LIMIT, v -> {
				Row row = sheet.createRow(r[0]++);
				org.apache.poi.ss.usermodel.Cell date = row.createCell(0);
				date.setCellValue(v.occurredOn());
				date.setCellStyle(day);
				row.createCell(1).setCellValue(v.unitName());
				row.createCell(2).setCellValue(v.staffName() == null ? "" : v.staffName());
				row.createCell(3).setCellValue(v.articleLabel() == null ? "" : v.articleLabel());
				row.createCell(4).setCellValue(messages.getMessage("enum.ViolationSeverity." + v.severity(), null, vi));
				row.createCell(5).setCellValue(messages.getMessage("enum.ViolationStatus." + v.status(), null, vi));
				// a cell holds at most 32,767 characters; descriptions recorded before the 5,000 limit may be longer
				row.createCell(6).setCellValue(v.description().length() > 32_767 ? v.description().substring(0, 32_767)
						: v.description());
				row.createCell(7).setCellValue(messages.getMessage("violation.source." + v.source(), null, v.source(), vi));
			});
			sheet.setColumnWidth(1, 30 * 256);
			sheet.setColumnWidth(6, 60 * 256);
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
	}
}
