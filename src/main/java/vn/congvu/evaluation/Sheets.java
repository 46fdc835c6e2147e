package vn.congvu.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a one-sheet xlsx: typed cells (numbers as numbers, dates as dd/MM/yyyy dates), never formulas. */
final class Sheets {

	private Sheets() {
	}

	static byte[] write(String sheetName, List<String> header, List<Object[]> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c, CellType.STRING).setCellValue(header.get(c));
				head.getCell(c).setCellStyle(bold);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				Object[] values = rows.get(r);
				for (int c = 0; c < values.length; c++) {
					Object value = values[c];
					if (value instanceof Number number) {
						row.createCell(c, CellType.NUMERIC).setCellValue(number instanceof BigDecimal big
								? big.doubleValue() : number.doubleValue());
					}
					else if (value instanceof LocalDate day) {
						row.createCell(c, CellType.NUMERIC).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
					else if (value != null) {
						row.createCell(c, CellType.STRING).setCellValue(value.toString());
					}
				}
			}
			for (int c = 0; c < header.size(); c++) {
				sheet.setColumnWidth(c, 22 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
