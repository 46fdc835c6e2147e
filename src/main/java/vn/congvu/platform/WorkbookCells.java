package vn.congvu.platform;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.jspecify.annotations.Nullable;

/**
 * A workbook cell as the text an officer typed: numbers exactly (12.5, not 12,50; 70, not 70.0), formulas by value;
 * or as a day, from a date cell or a text in dd/MM/yyyy.
 */
public final class WorkbookCells {

	private WorkbookCells() {
	}

	public static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue().strip();
			case BOOLEAN -> cell.getBooleanCellValue() ? "Có" : "Không";
			default -> "";
		};
	}

	/**
	 * The day in a cell: a date cell, or a text read as d/M/yyyy; {@code null} for an empty cell.
	 *
	 * @throws java.time.format.DateTimeParseException when the text is not such a day
	 */
	public static java.time.@Nullable LocalDate date(@Nullable Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String value = text(cell);
		return value.isEmpty() ? null
				: java.time.LocalDate.parse(value, vn.congvu.shared.VietnameseDates.READ_DAY_MONTH_YEAR);
	}
}
