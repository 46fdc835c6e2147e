package vn.congvu.reformindex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A publication's results as a workbook: numbers stored as numbers, one row per unit in rank order. */
final class ResultsWorkbook {

	private ResultsWorkbook() {
	}

	static byte[] write(IndexPublications.ResultsView view, String sha256) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kết quả");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(view.methodology().name() + " – SHA-256 " + sha256);
			List<String> headers = new ArrayList<>(List.of("Thứ hạng", "Mã đơn vị", "Đơn vị", "Tổng điểm",
					"Tỷ lệ so với điểm tối đa (%)", "Nhóm", "Thứ hạng trung vị", "Thứ hạng 5%", "Thứ hạng 95%"));
			view.contents().forEach(c -> headers.add(c.code() + ". " + c.name()));
			Row header = sheet.createRow(2);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(bold);
			}
			int r = 3;
			for (IndexResults.UnitResult result : view.results()) {
				Row row = sheet.createRow(r++);
				RankUncertainty.Interval interval = view.intervals().get(result.unitId());
				row.createCell(0).setCellValue(result.rank());
				row.createCell(1).setCellValue(result.code());
				row.createCell(2).setCellValue(result.name());
				number(row, 3, result.total().doubleValue(), decimal);
				number(row, 4, result.percent().doubleValue(), decimal);
				row.createCell(5).setCellValue(result.group() == null ? "" : result.group());
				row.createCell(6).setCellValue(interval.median());
				row.createCell(7).setCellValue(interval.low());
				row.createCell(8).setCellValue(interval.high());
				int c = 9;
				for (Item content : view.contents()) {
					number(row, c++, result.contents().get(content.code()).doubleValue(), decimal);
				}
			}
			sheet.createFreezePane(3, 3);
			sheet.setColumnWidth(2, 30 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void number(Row row, int column, double value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}
}
