package vn.congvu.reformindex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congvu.platform.WorkbookCells;
import vn.congvu.shared.InvalidInputException;

/**
 * A methodology as a workbook, the way officers write one: a line per content, criterion and sub-criterion with its
 * parent's code, maximum points, way of scoring (a list in the cell), data source, whether evidence is required,
 * guidance and, for contents, the weight range. Export and import use the same columns, so an exported workbook
 * imports again unchanged.
 */
final class MethodologyWorkbook {

	static final List<String> HEADERS = List.of("Mã", "Mã mục cha", "Tên nội dung, tiêu chí, tiêu chí thành phần",
			"Điểm tối đa", "Cách chấm", "Nguồn dữ liệu (nếu tính từ dữ liệu)", "Cần minh chứng (Có/Không)",
			"Hướng dẫn chấm, tài liệu kiểm chứng", "Trọng số thấp nhất (%)", "Trọng số cao nhất (%)");
	static final int MAX_ROWS = 2_000;

	private static final Map<Item.Scoring, String> SCORING = Map.of(Item.Scoring.MANUAL, "Chấm điểm",
			Item.Scoring.BONUS, "Điểm thưởng", Item.Scoring.PENALTY, "Điểm trừ", Item.Scoring.COMPUTED,
			"Tính từ dữ liệu");
	private static final Map<Item.Source, String> SOURCE = Map.of(Item.Source.ONE_STOP_ON_TIME,
			"Hồ sơ một cửa đúng hạn", Item.Source.SATISFACTION, "Chỉ số hài lòng", Item.Source.CORRECTIVE_ON_TIME,
			"Khắc phục đúng hạn");

	private MethodologyWorkbook() {
	}

	static byte[] write(List<Item> items) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Bộ chỉ số");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(HEADERS.get(c));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (Item item : items) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(item.code());
				row.createCell(1).setCellValue(item.parentCode() == null ? "" : item.parentCode());
				row.createCell(2).setCellValue(item.name());
				row.createCell(3).setCellValue(item.maxPoints().doubleValue());
				row.createCell(4).setCellValue(SCORING.get(item.scoring()));
				row.createCell(5).setCellValue(item.source() == null ? "" : SOURCE.get(item.source()));
				row.createCell(6).setCellValue(item.evidenceRequired() ? "Có" : "Không");
				row.createCell(7).setCellValue(item.guidance() == null ? "" : item.guidance());
				if (item.weightLow() != null && item.weightHigh() != null) {
					row.createCell(8).setCellValue(item.weightLow().doubleValue());
					row.createCell(9).setCellValue(item.weightHigh().doubleValue());
				}
			}
			DataValidationHelper helper = sheet.getDataValidationHelper();
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(SCORING.values().toArray(String[]::new)),
					new CellRangeAddressList(1, MAX_ROWS, 4, 4)));
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(SOURCE.values().toArray(String[]::new)),
					new CellRangeAddressList(1, MAX_ROWS, 5, 5)));
			sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(new String[] { "Có", "Không" }),
					new CellRangeAddressList(1, MAX_ROWS, 6, 6)));
			sheet.createFreezePane(0, 1);
			int[] widths = { 10, 12, 70, 12, 16, 26, 14, 50, 14, 14 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The lines of the first sheet, from row 2 on; blank rows are skipped. A file that is not a workbook is refused. */
	static List<MethodologyTree.Line> read(InputStream in) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new InvalidInputException("reform.import.tooManyRows", MAX_ROWS);
			}
			List<MethodologyTree.Line> lines = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String[] cells = new String[10];
				boolean blank = true;
				for (int c = 0; c < cells.length; c++) {
					cells[c] = WorkbookCells.text(row.getCell(c));
					blank &= cells[c].isBlank();
				}
				if (!blank) {
					lines.add(new MethodologyTree.Line(r + 1, cells[0].strip(), cells[1].strip(), cells[2], cells[3],
							cells[4], cells[5], cells[6], cells[7], cells[8], cells[9]));
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("reform.import.notAWorkbook");
		}
	}
}
