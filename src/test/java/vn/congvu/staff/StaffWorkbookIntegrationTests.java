package vn.congvu.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;

/**
 * The staff workbooks as a spreadsheet program reads them: the template's example row is one the import accepts as
 * it stands, its choice columns offer exactly the words the import accepts, and dates are date cells shown dd/mm/yyyy
 * in the template and in the export.
 */
class StaffWorkbookIntegrationTests extends IntegrationTestSupport {

	@Autowired StaffSpreadsheet spreadsheet;
	@Autowired StaffQueries staff;
	@Autowired OrgUnitQueries units;

	@Test
	void theTemplatesExampleRowImportsAsItStandsAndItsDropDownsAreTheAcceptedWords() throws IOException {
		long cuaNam = units.byCode("00082", LocalDate.now(clock)).id();
		vn.congvu.platform.Viewer wardOfficer = scoped(cuaNam);
		try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet.template(wardOfficer)))) {
			Sheet sheet = template.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Cán bộ");
			assertThat(sheet.getLastRowNum()).as("the sheet that is imported has only its headers").isZero();
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");

			Sheet guide = template.getSheet("Hướng dẫn");
			Row example = guide.getRow(4);
			assertThat(example.getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Minh Thư");
			assertThat(example.getCell(5).getStringCellValue()).as("a unit of the importer's scope").isEqualTo("00082");
			assertDateCell(example.getCell(2), LocalDate.of(1990, 3, 15));

			assertThat(guide.getRow(7 + 3).getCell(2).getStringCellValue()).isEqualTo("Một trong: Nam, Nữ.");
			assertThat(guide.getRow(7 + 4).getCell(2).getStringCellValue())
				.contains("Cán bộ", "Công chức", "Viên chức", "Người lao động");

			List<? extends DataValidation> checks = sheet.getDataValidations();
			assertThat(checks).hasSize(5);
			assertThat(listOf(checks, 3)).containsExactly("Nam", "Nữ");
			assertThat(listOf(checks, 4)).containsExactly("Cán bộ", "Công chức", "Viên chức", "Người lao động");
			assertThat(listOf(checks, 7)).containsExactly("Trưởng", "Phó");
			assertThat(checks).filteredOn(c -> c.getValidationConstraint().getValidationType()
					== DataValidationConstraint.ValidationType.DATE)
				.extracting(c -> c.getRegions().getCellRangeAddress(0).getFirstColumn()).containsExactlyInAnyOrder(2, 8);

			StaffSpreadsheet.ReadResult read = spreadsheet.read(wardOfficer,
					new ByteArrayInputStream(withRow(template, example)));
			assertThat(read.problems()).isEmpty();
			assertThat(read.members()).singleElement().satisfies(member -> {
				assertThat(member.fullName()).isEqualTo("Nguyễn Thị Minh Thư");
				assertThat(member.gender()).isEqualTo(Gender.FEMALE);
				assertThat(member.category()).isEqualTo(StaffCategory.CIVIL_SERVANT);
				assertThat(member.unitId()).isEqualTo(cuaNam);
			});
		}
	}

	@Test
	void theExportWritesDatesAsDateCells() throws IOException {
		List<StaffRow> rows = staff.all(vn.congvu.platform.Viewer.system(),
				new StaffFilter(LocalDate.now(clock), "", null)).stream().limit(5).toList();
		assertThat(rows).isNotEmpty();
		try (XSSFWorkbook export = new XSSFWorkbook(new ByteArrayInputStream(spreadsheet.export(rows)))) {
			Row first = export.getSheetAt(0).getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo(rows.get(0).staffCode());
			assertDateCell(first.getCell(8), rows.get(0).assignedFrom());
		}
	}

	private static void assertDateCell(Cell cell, LocalDate expected) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
		assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
	}

	private static List<String> listOf(List<? extends DataValidation> checks, int column) {
		return checks.stream().filter(c -> c.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
			.findFirst().map(c -> List.of(c.getValidationConstraint().getExplicitListValues())).orElseThrow();
	}

	/** The template with the example row copied into the imported sheet, as a user would start. */
	private static byte[] withRow(XSSFWorkbook template, Row example) throws IOException {
		Row row = template.getSheetAt(0).createRow(1);
		for (Cell from : example) {
			Cell to = row.createCell(from.getColumnIndex(), from.getCellType());
			if (from.getCellType() == CellType.NUMERIC) {
				to.setCellValue(from.getNumericCellValue());
				to.setCellStyle(from.getCellStyle());
			}
			else {
				to.setCellValue(from.getStringCellValue());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		template.write(out);
		return out.toByteArray();
	}
}
