package vn.congvu.staff;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.congvu.shared.ImportProblem;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.shared.VietnameseText;

/**
 * Staff spreadsheets: the import template, reading an import (every problem reported with row and column, nothing
 * imported while any remain) and the export, all as .xlsx through Apache POI.
 */
@Component
public class StaffSpreadsheet {

	/** Columns of the template, in order; import reads by position. */
	static final List<String> HEADERS = List.of("Mã cán bộ", "Họ và tên", "Ngày sinh (dd/MM/yyyy)", "Giới tính",
			"Phân loại", "Mã đơn vị", "Chức vụ", "Lãnh đạo (Trưởng/Phó)", "Từ ngày (dd/MM/yyyy)", "Email");
	static final int MAX_ROWS = 10_000;

	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final java.time.Clock clock;

	StaffSpreadsheet(OrgUnitQueries units, StaffQueries staff, java.time.Clock clock) {
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	/** What reading a file found: the people to create, or the problems that stop the import. */
	public record ReadResult(List<NewStaffMember> members, List<ImportProblem> problems) {
	}

	/** The import template; its example row names a unit the viewer may fill (a ward where there is one). */
	public byte[] template(Viewer viewer) {
		LocalDate today = LocalDate.now(clock);
		List<OrgUnitView> scope = units.tree(viewer, today);
		String example = scope.stream().filter(u -> u.type().communeLevel()).findFirst()
			.or(() -> scope.stream().findFirst()).map(OrgUnitView::code).orElse("00082");
		return StaffWorkbook.template(example, today);
	}

	/** The people in the import's columns, with dates as date cells. */
	public byte[] export(List<StaffRow> rows) {
		return StaffWorkbook.export(rows);
	}

	/** Reads an .xlsx; a file that is not one gives a single problem on row 0. */
	public ReadResult read(Viewer viewer, InputStream in) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<NewStaffMember> members = new ArrayList<>();
			List<ImportProblem> problems = new ArrayList<>();
			Set<String> codesInFile = new HashSet<>();
			Lookups lookups = new Lookups(staff.existingCodes(codesIn(sheet)), viewer);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				problems.add(new ImportProblem(0, "", "staff.import.tooManyRows", List.of(String.valueOf(MAX_ROWS))));
				return new ReadResult(List.of(), problems);
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || isBlank(row)) {
					continue;
				}
				RowReader reader = new RowReader(row, problems);
				NewStaffMember member = readRow(reader, codesInFile, lookups);
				if (member != null && reader.clean()) {
					members.add(member);
				}
			}
			if (members.isEmpty() && problems.isEmpty()) {
				problems.add(new ImportProblem(0, "", "staff.import.empty", List.of()));
			}
			return new ReadResult(members, problems);
		}
		catch (IOException | RuntimeException ex) {
			// POI throws several unchecked types for files that are not workbooks; the user needs one clear answer.
			return new ReadResult(List.of(), List.of(new ImportProblem(0, "", "staff.import.notSpreadsheet", List.of())));
		}
	}

	/** The staff codes in column A, read once so that the taken ones are found with a single query. */
	private static Set<String> codesIn(Sheet sheet) {
		Set<String> codes = new HashSet<>();
		DataFormatter formatter = new DataFormatter();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Cell cell = row == null ? null : row.getCell(0);
			String code = cell == null ? "" : formatter.formatCellValue(cell).strip();
			if (!code.isEmpty()) {
				codes.add(code);
			}
		}
		return codes;
	}

	/**
	 * What rows look up, asked of the database once per distinct value rather than once per row: the codes already
	 * taken, and each (unit code, date) with whether that unit lies in the importer's scope.
	 */
	private final class Lookups {

		private final Set<String> takenCodes;
		private final Viewer viewer;
		private final java.util.Map<String, java.util.Optional<OrgUnitView>> unitsInScope = new java.util.HashMap<>();

		Lookups(Set<String> takenCodes, Viewer viewer) {
			this.takenCodes = takenCodes;
			this.viewer = viewer;
		}

		boolean taken(String code) {
			return takenCodes.contains(code);
		}

		@Nullable OrgUnitView unitInScope(String unitCode, LocalDate on) {
			return unitsInScope.computeIfAbsent(unitCode + "@" + on, key -> java.util.Optional
				.ofNullable(units.byCode(unitCode, on)).filter(unit -> viewer.sees(unit.path())))
				.orElse(null);
		}
	}

	private @Nullable NewStaffMember readRow(RowReader row, Set<String> codesInFile, Lookups lookups) {
		String code = row.required(0);
		if (code != null && (!codesInFile.add(code) || lookups.taken(code))) {
			row.problem(0, "staff.import.codeTaken", code);
		}
		String name = row.required(1);
		LocalDate birth = row.date(2, false);
		Gender gender = row.choice(3, Gender.class, true);
		StaffCategory category = row.choice(4, StaffCategory.class, true);
		String unitCode = row.required(5);
		String position = row.required(6);
		Leadership leadership = row.choice(7, Leadership.class, false);
		LocalDate from = row.date(8, true);
		String email = row.text(9);
		OrgUnitView unit = null;
		if (unitCode != null && from != null) {
			unit = lookups.unitInScope(unitCode, from);
			if (unit == null) {
				row.problem(5, "staff.import.unknownUnit", unitCode, VietnameseDates.format(from));
			}
		}
		if (code == null || name == null || gender == null || category == null || unit == null || position == null
				|| from == null) {
			return null;
		}
		return new NewStaffMember(code, name, category, gender, birth, email.isEmpty() ? null : email, unit.id(),
				position, leadership, from);
	}

	private static boolean isBlank(Row row) {
		DataFormatter formatter = new DataFormatter();
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** Reads cells of one row, collecting problems with the row's Excel number and the column's header. */
	private static final class RowReader {

		private static final DataFormatter FORMATTER = new DataFormatter();

		private final Row row;
		private final List<ImportProblem> problems;
		private final int problemsBefore;

		RowReader(Row row, List<ImportProblem> problems) {
			this.row = row;
			this.problems = problems;
			this.problemsBefore = problems.size();
		}

		boolean clean() {
			return problems.size() == problemsBefore;
		}

		/** The cell as text; a cell with control or invisible characters (a reversed name) is a problem. */
		String text(int column) {
			Cell cell = row.getCell(column);
			String value = cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
			if (!vn.congvu.shared.TextLimits.clean(value)) {
				problem(column, "error.controlCharacters");
			}
			return value;
		}

		@Nullable String required(int column) {
			String value = text(column);
			if (value.isEmpty()) {
				problem(column, "staff.import.required");
				return null;
			}
			return value;
		}

		@Nullable LocalDate date(int column, boolean required) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate();
			}
			String value = text(column);
			if (value.isEmpty()) {
				if (required) {
					problem(column, "staff.import.required");
				}
				return null;
			}
			try {
				return LocalDate.parse(value, VietnameseDates.READ_DAY_MONTH_YEAR);
			}
			catch (RuntimeException ex) {
				problem(column, "staff.import.badDate", value);
				return null;
			}
		}

		<E extends Enum<E>> @Nullable E choice(int column, Class<E> type, boolean required) {
			String value = text(column);
			if (value.isEmpty()) {
				if (required) {
					problem(column, "staff.import.required");
				}
				return null;
			}
			E match = Labels.parse(type, VietnameseText.fold(value));
			if (match == null) {
				problem(column, "staff.import.badChoice", value, Labels.choices(type));
			}
			return match;
		}

		void problem(int column, String key, String... args) {
			problems.add(new ImportProblem(row.getRowNum() + 1, (char) ('A' + column) + " – " + HEADERS.get(column),
					key, List.of(args)));
		}
	}
}
