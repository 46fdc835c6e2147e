package vn.congvu.orgunit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.congvu.platform.WorkbookCells;
import vn.congvu.shared.ImportProblem;

/**
 * The units workbook: one row per unit with its official code (the national administrative-unit code for a local
 * government), name, kind, the code of the unit above it (in the tree already, or on an earlier row), its electronic
 * agency identifier and its first day. The template offers the kinds as a drop-down; a row's problems are named by
 * the row and column Excel shows.
 */
final class UnitWorkbook {

	static final String SHEET = "Đơn vị";
	static final String KINDS = "Loại đơn vị";
	static final List<String> HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên",
			"Mã định danh điện tử", "Ngày bắt đầu hoạt động");
	static final int MAX_ROWS = 5_000;
	private static final String[] COLUMNS = { "A", "B", "C", "D", "E", "F" };

	/** A row as typed; {@code validFrom} is {@code null} when the cell is empty or not a day ({@code dateProblem}). */
	record Line(int row, String code, String name, String kind, String parentCode, String agencyCode,
			@Nullable LocalDate validFrom, boolean dateUnreadable) {
	}

	/** The rows of the first sheet, or the problem that stopped reading the file. */
	record Read(List<Line> lines, List<ImportProblem> problems) {
	}

	private UnitWorkbook() {
	}

	static Read read(InputStream content) {
		try (Workbook workbook = WorkbookFactory.create(content)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> headers = new ArrayList<>();
			Row header = sheet.getRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				headers.add(header == null ? "" : WorkbookCells.text(header.getCell(c)));
			}
			if (!headers.equals(HEADERS)) {
				return new Read(List.of(), List.of(new ImportProblem(1, "A", "unitImport.headers",
						List.of(String.join(" | ", HEADERS)))));
			}
			List<Line> lines = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row)) {
					continue;
				}
				if (lines.size() == MAX_ROWS) {
					return new Read(List.of(), List.of(new ImportProblem(r + 1, "A", "unitImport.tooManyRows",
							List.of("" + MAX_ROWS))));
				}
				Function<Integer, String> text = c -> WorkbookCells.text(row.getCell(c));
				LocalDate from = null;
				boolean unreadable = false;
				try {
					from = WorkbookCells.date(row.getCell(5));
				}
				catch (DateTimeParseException | IllegalStateException ex) {
					unreadable = true;
				}
				lines.add(new Line(r + 1, text.apply(0), text.apply(1), text.apply(2), text.apply(3), text.apply(4),
						from, unreadable));
			}
			return new Read(lines, lines.isEmpty()
					? List.of(new ImportProblem(2, "A", "unitImport.empty", List.of())) : List.of());
		}
		catch (IOException | RuntimeException ex) {
			return new Read(List.of(), List.of(new ImportProblem(1, "A", "unitImport.notSpreadsheet", List.of())));
		}
	}

	static String column(int index) {
		return COLUMNS[index];
	}

	private static boolean blank(Row row) {
		for (int c = 0; c < HEADERS.size(); c++) {
			Cell cell = row.getCell(c);
			if (cell != null && !WorkbookCells.text(cell).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** The template: headers, the kinds as a drop-down, dates as dd/MM/yyyy, and an example of a small province. */
	static byte[] template(List<String> kindLabels) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET);
			CellStyle bold = workbook.createCellStyle();
			org.apache.poi.ss.usermodel.Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
				header.getCell(c).setCellStyle(bold);
				sheet.setColumnWidth(c, (c == 1 ? 36 : 22) * 256);
			}
			sheet.createFreezePane(0, 1);
			String[][] example = { { "99", "Tỉnh Ví Dụ", kindLabels.get(0), "", "000.00.00.H99" },
				{ "99001", "Phường Bến Thành Mới", kindLabels.get(2), "99", "" },
				{ "99002", "Xã An Hòa", kindLabels.get(3), "99", "" },
				{ "99101", "Sở Nội vụ", kindLabels.get(5), "99", "000.00.11.H99" } };
			for (int r = 0; r < example.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < example[r].length; c++) {
					row.createCell(c).setCellValue(example[r][c]);
				}
				row.createCell(5).setCellValue(LocalDate.of(2025, 7, 1));
				row.getCell(5).setCellStyle(date);
			}
			Sheet kindSheet = workbook.createSheet(KINDS); // labels hold commas, so the list is a range, not a text
			for (int k = 0; k < kindLabels.size(); k++) {
				kindSheet.createRow(k).createCell(0).setCellValue(kindLabels.get(k));
			}
			kindSheet.setColumnWidth(0, 30 * 256);
			DataValidationHelper validations = sheet.getDataValidationHelper();
			DataValidation kinds = validations.createValidation(
					validations.createFormulaListConstraint("'" + KINDS + "'!$A$1:$A$" + kindLabels.size()),
					new CellRangeAddressList(1, MAX_ROWS, 2, 2));
			kinds.setShowErrorBox(true);
			sheet.addValidationData(kinds);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
