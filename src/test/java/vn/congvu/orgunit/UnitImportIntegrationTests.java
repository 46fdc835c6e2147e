package vn.congvu.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.ImportProblem;
import vn.congvu.shared.NotPermittedException;

/**
 * A province's units from one workbook: a file with mistakes lists every one by row and column and creates nothing;
 * a right file previews its units by kind, then creates them, parents before children, with their agency codes; the
 * same file is not imported twice; only an administrator imports.
 */
public class UnitImportIntegrationTests extends IntegrationTestSupport {

	@Autowired UnitImport imports;
	@Autowired OrgUnitQueries units;

	private static final Viewer ADMIN = new Viewer("test-unit-import", "Quản trị", Role.ADMINISTRATOR, null, "/", null,
			false);

	public static byte[] workbook(Object[]... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(UnitWorkbook.SHEET);
			org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < UnitWorkbook.HEADERS.size(); c++) {
				header.createCell(c).setCellValue(UnitWorkbook.HEADERS.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
					else {
						row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aFileWithMistakesListsThemAllAndCreatesNothing() throws Exception {
		LocalDate day = LocalDate.of(2025, 7, 2); // after the demo's reform day, which other tests count on
		byte[] file = workbook(new Object[] { "T51", "Tỉnh Thử Lỗi", "Tỉnh, thành phố", "", "", day },
				new Object[] { "T5101", "Xã Một", "Làng", "T51", "", day },
				new Object[] { "T5102", "Xã Hai", "Xã", "T99", "", day },
				new Object[] { "T5101", "Xã Ba", "Xa", "T51", "", "31/02/2025" },
				new Object[] { "00082", "Phường trùng mã", "Phường", "T51", "", day },
				new Object[] { "T5104", "", "Đặc khu", "T51", "", day });
		UnitImport.Preview preview = imports.upload(ADMIN, "tinh-thu-loi.xlsx", file);
		assertThat(preview.ok()).isFalse();
		assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "C", "unitImport.kind"),
					org.assertj.core.groups.Tuple.tuple(4, "D", "unitImport.noParent"),
					org.assertj.core.groups.Tuple.tuple(5, "A", "unitImport.codeTwice"),
					org.assertj.core.groups.Tuple.tuple(5, "F", "unitImport.notADate"),
					org.assertj.core.groups.Tuple.tuple(6, "A", "unitImport.codeInUse"),
					org.assertj.core.groups.Tuple.tuple(7, "B", "unitImport.required"));
		assertThatThrownBy(() -> imports.confirm(ADMIN, preview.id())).hasMessage("unitImport.stillProblems");
		assertThat(units.byCode("T51", day)).as("nothing written").isNull();
	}

	@Test
	void aProvinceArrivesInOneFile() throws Exception {
		LocalDate day = LocalDate.of(2025, 7, 2); // after the demo's reform day, which other tests count on
		byte[] file = workbook(new Object[] { "T52", "Tỉnh Ven Biển", "Tỉnh, thành phố", "", "000.00.00.T52", day },
				new Object[] { "T5201", "Phường Cảng Mới", "Phường", "T52", "", day },
				new Object[] { "T5202", "Xã Tân Lập", "xa", "T52", "", "02/07/2025" },
				new Object[] { "T5203", "Đặc khu Đảo Ngọc", "Đặc khu", "T52", "", day },
				new Object[] { "T5211", "Sở Nội vụ", "So, ban, nganh", "T52", "000.00.11.T52", day });
		assertThatThrownBy(() -> imports.upload(new Viewer("test-officer", "Cán bộ", Role.HOME_AFFAIRS_OFFICER, null,
				"/", null, false), "x.xlsx", file)).isInstanceOf(NotPermittedException.class);
		UnitImport.Preview preview = imports.upload(ADMIN, "tinh-ven-bien.xlsx", file);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.countsByKind()).containsEntry(OrgUnitType.PROVINCE, 1L).containsEntry(OrgUnitType.WARD, 1L)
			.containsEntry(OrgUnitType.COMMUNE, 1L).containsEntry(OrgUnitType.SPECIAL_ZONE, 1L)
			.containsEntry(OrgUnitType.DEPARTMENT, 1L);
		assertThat(units.byCode("T52", day)).as("a preview writes nothing").isNull();

		assertThat(imports.confirm(ADMIN, preview.id())).isEqualTo(5);
		OrgUnitView province = units.byCode("T52", day);
		assertThat(units.children(province.id(), day)).extracting(OrgUnitView::name)
			.containsExactlyInAnyOrder("Phường Cảng Mới", "Xã Tân Lập", "Đặc khu Đảo Ngọc", "Sở Nội vụ");
		assertThatThrownBy(() -> imports.confirm(ADMIN, preview.id())).hasMessage("unitImport.alreadyConfirmed");

		UnitImport.Preview again = imports.upload(ADMIN, "lan-hai.xlsx", file);
		assertThat(again.problems()).extracting(ImportProblem::messageKey).as("every code and agency code is taken now")
			.contains("unitImport.codeInUse", "unitImport.agencyCode");
		assertThat(imports.template(ADMIN)).isNotEmpty();
		assertThat(UnitWorkbook.read(new java.io.ByteArrayInputStream(imports.template(ADMIN))).lines())
			.as("the template's example rows read back").hasSize(4);
	}

	@Test
	void aFileThatIsNoWorkbookSaysSo() {
		UnitImport.Preview preview = imports.upload(ADMIN, "anh.xlsx", "không phải xlsx".getBytes());
		assertThat(preview.problems()).extracting(ImportProblem::messageKey).containsExactly("unitImport.notSpreadsheet");
		assertThat(List.of(preview.ok())).containsExactly(false);
	}
}
