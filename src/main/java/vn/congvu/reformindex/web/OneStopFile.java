package vn.congvu.reformindex.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congvu.reformindex.OneStopStatistics;
import vn.congvu.platform.WorkbookCells;
import vn.congvu.shared.InvalidInputException;

/**
 * The one-stop system's export, as CSV (UTF-8, comma or semicolon separated) or xlsx: a header row, then unit code,
 * month (MM/yyyy), received, on time, late, apology letters.
 */
final class OneStopFile {

	static final int MAX_ROWS = 50_000;

	private OneStopFile() {
	}

	static List<OneStopStatistics.Line> read(byte[] content) {
		if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
			return xlsx(content);
		}
		return csv(new String(content, StandardCharsets.UTF_8));
	}

	private static List<OneStopStatistics.Line> csv(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String[] rows = body.split("\\r?\\n");
		if (rows.length > MAX_ROWS) {
			throw new InvalidInputException("reform.import.tooManyRows", MAX_ROWS);
		}
		String separator = rows.length > 0 && rows[0].contains(";") ? ";" : ",";
		List<OneStopStatistics.Line> lines = new ArrayList<>();
		for (int r = 1; r < rows.length; r++) {
			if (rows[r].isBlank()) {
				continue;
			}
			String[] cells = java.util.Arrays.copyOf(rows[r].split(separator, -1), 6);
			for (int c = 0; c < 6; c++) {
				cells[c] = cells[c] == null ? "" : cells[c].strip().replaceAll("^\"|\"$", "");
			}
			lines.add(new OneStopStatistics.Line(r + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
		}
		return lines;
	}

	private static List<OneStopStatistics.Line> xlsx(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new InvalidInputException("reform.import.tooManyRows", MAX_ROWS);
			}
			List<OneStopStatistics.Line> lines = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String[] cells = new String[6];
				boolean blank = true;
				for (int c = 0; c < 6; c++) {
					cells[c] = text(row.getCell(c));
					blank &= cells[c].isBlank();
				}
				if (!blank) {
					lines.add(new OneStopStatistics.Line(r + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
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

	/** Text of a cell; a date cell (a month typed as a date) as MM/yyyy. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			java.time.LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
			return day.getMonthValue() + "/" + day.getYear();
		}
		return WorkbookCells.text(cell);
	}
}
