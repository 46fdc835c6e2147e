package vn.congvu.reformindex;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.jspecify.annotations.Nullable;

/** A workbook cell as the text an officer typed: numbers exactly (12.5, not 12,50; 70, not 70.0), formulas by value. */
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
}
