package vn.congvu.staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the staff workbooks: the import template and the export, in the import's columns. Dates are date cells
 * shown dd/MM/yyyy. The template's sheet offers the allowed words of the choice columns as drop-down lists and
 * refuses a date that is not one; its second sheet, which the import never reads, shows an example row and what each
 * column takes.
 */
final class StaffWorkbook {

	static final String SHEET = "Cán bộ";
	static final String GUIDE = "Hướng dẫn";
	/** Rows of the import sheet that carry the drop-downs and date checks. */
	private static final int CHECKED_ROWS = StaffSpreadsheet.MAX_ROWS;
	private static final int[] DATE_COLUMNS = { 2, 8 };
	private static final String[] REQUIRED = { "Bắt buộc", "Bắt buộc", "Không bắt buộc", "Bắt buộc", "Bắt buộc",
			"Bắt buộc", "Bắt buộc", "Chỉ với người giữ chức vụ lãnh đạo", "Bắt buộc", "Không bắt buộc" };

	private StaffWorkbook() {
	}

	/** The import template; the example row uses {@code exampleUnitCode}, a unit the importer may fill. */
	static byte[] template(String exampleUnitCode, LocalDate today) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = headed(workbook, SHEET, styles);
			sheet.createFreezePane(0, 1);
			addChecks(sheet);
			List<Object> example = List.of("VD-0001", "Nguyễn Thị Minh Thư", LocalDate.of(1990, 3, 15),
					Labels.gender(Gender.FEMALE), Labels.category(StaffCategory.CIVIL_SERVANT), exampleUnitCode,
					"Công chức Văn phòng – Thống kê", "", today.withDayOfMonth(1), "thu.ntm@example.vn");
			writeGuide(workbook, styles, example);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] export(List<StaffRow> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = headed(workbook, SHEET, styles);
			int r = 1;
			for (StaffRow row : rows) {
				write(sheet.createRow(r++), styles, List.of(row.staffCode(), row.fullName(),
						row.birthDate() == null ? "" : row.birthDate(), Labels.gender(row.gender()),
						Labels.category(row.category()), row.unitCode(), row.position(),
						Labels.leadership(row.leadership()), row.assignedFrom(), ""));
			}
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Sheet headed(XSSFWorkbook workbook, String name, Styles styles) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int c = 0; c < StaffSpreadsheet.HEADERS.size(); c++) {
			header.createCell(c, CellType.STRING).setCellValue(StaffSpreadsheet.HEADERS.get(c));
			header.getCell(c).setCellStyle(styles.bold);
			sheet.setColumnWidth(c, 24 * 256);
		}
		return sheet;
	}

	private static void write(Row row, Styles styles, List<Object> values) {
		for (int c = 0; c < values.size(); c++) {
			if (values.get(c) instanceof LocalDate day) {
				row.createCell(c, CellType.NUMERIC).setCellValue(day);
				row.getCell(c).setCellStyle(styles.date);
			}
			else if (!values.get(c).toString().isEmpty()) {
				row.createCell(c, CellType.STRING).setCellValue(values.get(c).toString());
			}
		}
	}

	/** Drop-downs for gender, category and leadership, and a date check on the two date columns. */
	private static void addChecks(Sheet sheet) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		choice(sheet, helper, 3, Gender.values(), Labels::gender);
		choice(sheet, helper, 4, StaffCategory.values(), Labels::category);
		choice(sheet, helper, 7, Leadership.values(), Labels::leadership);
		for (int column : DATE_COLUMNS) {
			DataValidationConstraint constraint = helper.createDateConstraint(
					DataValidationConstraint.OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(2100,12,31)", "dd/mm/yyyy");
			DataValidation check = helper.createValidation(constraint, rows(column));
			check.setShowErrorBox(true);
			check.createErrorBox("Ngày chưa đúng", "Ghi ngày theo dạng dd/mm/yyyy, ví dụ 15/03/1990.");
			sheet.addValidationData(check);
		}
	}

	private static <E> void choice(Sheet sheet, DataValidationHelper helper, int column, E[] values,
			java.util.function.Function<E, String> word) {
		String[] words = java.util.Arrays.stream(values).map(word).toArray(String[]::new);
		DataValidation check = helper.createValidation(helper.createExplicitListConstraint(words), rows(column));
		check.setShowErrorBox(true);
		check.setEmptyCellAllowed(true);
		check.createErrorBox("Giá trị chưa đúng", "Chọn một trong: " + String.join(", ", words) + ".");
		sheet.addValidationData(check);
	}

	private static CellRangeAddressList rows(int column) {
		return new CellRangeAddressList(1, CHECKED_ROWS, column, column);
	}

	private static void writeGuide(XSSFWorkbook workbook, Styles styles, List<Object> example) {
		Sheet guide = workbook.createSheet(GUIDE);
		guide.createRow(0).createCell(0).setCellValue("Nhập mỗi người một dòng ở trang “" + SHEET
				+ "”, từ dòng 2, đúng thứ tự cột. Trang này chỉ để tham khảo, không được đọc khi nhập.");
		guide.getRow(0).getCell(0).setCellStyle(styles.bold);
		guide.createRow(2).createCell(0).setCellValue("Một dòng mẫu (có thể chép sang trang “" + SHEET + "” rồi sửa):");
		Row header = guide.createRow(3);
		for (int c = 0; c < StaffSpreadsheet.HEADERS.size(); c++) {
			header.createCell(c, CellType.STRING).setCellValue(StaffSpreadsheet.HEADERS.get(c));
			header.getCell(c).setCellStyle(styles.bold);
			guide.setColumnWidth(c, 24 * 256);
		}
		write(guide.createRow(4), styles, example);
		Row columns = guide.createRow(6);
		List<String> titles = List.of("Cột", "Bắt buộc", "Cách ghi, giá trị được chấp nhận");
		for (int c = 0; c < titles.size(); c++) {
			columns.createCell(c, CellType.STRING).setCellValue(titles.get(c));
			columns.getCell(c).setCellStyle(styles.bold);
		}
		for (int c = 0; c < StaffSpreadsheet.HEADERS.size(); c++) {
			Row row = guide.createRow(7 + c);
			row.createCell(0).setCellValue((char) ('A' + c) + " – " + StaffSpreadsheet.HEADERS.get(c));
			row.createCell(1).setCellValue(REQUIRED[c]);
			row.createCell(2).setCellValue(howToWrite(c));
		}
	}

	/** What column {@code c} takes, in words; the choice columns list the words the import accepts. */
	static String howToWrite(int c) {
		return switch (c) {
			case 0 -> "Mã riêng của mỗi người, chưa có trong hệ thống và không trùng trong tệp.";
			case 1 -> "Họ, tên đệm và tên, có dấu.";
			case 2, 8 -> "Ngày theo dạng dd/mm/yyyy, ví dụ 15/03/1990.";
			case 3 -> "Một trong: " + Labels.choices(Gender.class) + ".";
			case 4 -> "Một trong: " + Labels.choices(StaffCategory.class) + ".";
			case 5 -> "Mã của đơn vị trong phạm vi của người nhập, đang tồn tại vào ngày ở cột “Từ ngày”.";
			case 6 -> "Chức vụ hoặc vị trí việc làm.";
			case 7 -> "Để trống, hoặc một trong: " + Labels.choices(Leadership.class) + ".";
			default -> "Địa chỉ thư điện tử công vụ.";
		};
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static final class Styles {

		final CellStyle bold;
		final CellStyle date;

		Styles(XSSFWorkbook workbook) {
			bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		}
	}
}
