package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.ImportProblem;

/**
 * A unit self-assesses in Excel: the workbook it downloads lists its lines; filled with mistakes (points over a
 * line's maximum, not a number, an evidence file not uploaded) it is refused with every problem at its row and
 * column and nothing saved; filled right, every line is saved with its evidence and the self-assessment submits.
 */
class SelfAssessmentWorkbookIntegrationTests extends IntegrationTestSupport {

	@Autowired SelfAssessmentWorkbooks workbooks;
	@Autowired Methodologies methodologies;
	@Autowired AssessmentCycles cycles;
	@Autowired Assessments assessments;
	@Autowired OrgUnitManagement unitManagement;
	@Autowired OrgUnitQueries units;

	/** The downloaded workbook with column D (points), E (note) and F (files) set by line code. */
	private static byte[] filled(byte[] downloaded, Map<String, String[]> byCode) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String[] values = byCode.get(row.getCell(0).getStringCellValue());
				for (int c = 0; values != null && c < values.length; c++) {
					row.createCell(3 + c).setCellValue(values[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aUnitSelfAssessesInExcelWithItsEvidence() throws Exception {
		LocalDate start = LocalDate.of(LocalDate.now(clock).getYear() - 1, 12, 31);
		long province = unitManagement.create(Viewer.system(), new NewOrgUnit("T35", "Tỉnh Bảng Tính",
				OrgUnitType.PROVINCE, null, start));
		unitManagement.create(Viewer.system(), new NewOrgUnit("T3501", "Phường Sổ Sách", OrgUnitType.WARD, province,
				start));
		Viewer officer = new Viewer("test-sheet-officer", "Cán bộ", Role.HOME_AFFAIRS_OFFICER, province,
				units.pathOf(province), null, false);
		long id = methodologies.create(officer, new Methodologies.NewMethodology(start.getYear(),
				List.of(OrgUnitType.WARD), "Chỉ số CCHC (bảng tính)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30),
				"A:90; B:0", null));
		methodologies.setLines(officer, id, ReformIndexIntegrationTests.lines("30"));
		cycles.open(officer, id, LocalDate.now(clock).plusDays(3));
		Assessments.Assessment ward = assessments.ofMethodology(officer, id).getFirst();
		Viewer head = new Viewer("test-sheet-head", "Lãnh đạo phường", Role.UNIT_HEAD, ward.unitId(), ward.unitPath(),
				null, false);
		byte[] downloaded = workbooks.workbook(head, ward.id());
		UploadedFile plan = ReformIndexIntegrationTests.evidence();
		UploadedFile planNamed = new UploadedFile("ke-hoach.png", plan.contentType(), plan.content(), plan.sha256());

		byte[] wrong = filled(downloaded, Map.of("1.1", new String[] { "18", "Kế hoạch số 12/KH", "ke-hoach.png; thieu.pdf" },
				"1.2", new String[] { "25" }, "2.1", new String[] { "ba mươi" }));
		List<ImportProblem> problems = workbooks.importWorkbook(head, ward.id(), new ByteArrayInputStream(wrong),
				List.of(planNamed));
		assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "F", "reform.selfImport.missingFile"),
					org.assertj.core.groups.Tuple.tuple(4, "D", "reform.score.outOfRange"),
					org.assertj.core.groups.Tuple.tuple(6, "D", "reform.score.outOfRange"));
		assertThat(assessments.view(head, ward.id()).lines().values()).as("nothing saved")
			.allSatisfy(line -> assertThat(line.selfPoints()).isNull());

		byte[] right = filled(downloaded, Map.of("1.1", new String[] { "18", "Kế hoạch số 12/KH", "ke-hoach.png" },
				"1.2", new String[] { "17,5" }, "2.1", new String[] { "28" }, "3.1", new String[] { "1" }));
		assertThat(workbooks.importWorkbook(head, ward.id(), new ByteArrayInputStream(right), List.of(planNamed)))
			.isEmpty();
		Assessments.View view = assessments.view(head, ward.id());
		assertThat(view.selfTotal()).isEqualByComparingTo("64.5");
		assertThat(view.lines().values()).anySatisfy(line -> assertThat(line.fileNames()).containsExactly("ke-hoach.png"));
		assessments.submit(head, ward.id());
		assertThatThrownBy(() -> workbooks.importWorkbook(head, ward.id(), new ByteArrayInputStream(right), List.of()))
			.as("submitted: locked").hasMessageContaining("reform.assessment.locked");
		assertThat(workbooks.workbook(head, ward.id())).as("still downloadable to read").isNotEmpty();
	}

	@Autowired AdjustmentWorkbooks adjustments;

	/** The adjustments workbook with column G (points) and H (justification) set by unit and line code. */
	private static byte[] adjusted(byte[] downloaded, Map<String, String[]> byUnitAndLine) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String[] values = byUnitAndLine.get(row.getCell(0).getStringCellValue() + "/"
						+ row.getCell(2).getStringCellValue());
				for (int c = 0; values != null && c < values.length; c++) {
					row.createCell(6 + c).setCellValue(values[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * The officer appraises a whole table in one workbook: mistakes (points over the maximum, a justification too
	 * short) are listed by row and column and nothing is saved; right, each unit's lines are adjusted.
	 */
	@Test
	void theOfficerAppraisesAWholeTableInOneWorkbook() throws Exception {
		LocalDate start = LocalDate.of(LocalDate.now(clock).getYear() - 1, 12, 31);
		long province = unitManagement.create(Viewer.system(), new NewOrgUnit("T38", "Tỉnh Thẩm Định",
				OrgUnitType.PROVINCE, null, start));
		for (String[] ward : new String[][] { { "T3801", "Phường Thượng" }, { "T3802", "Phường Hạ" } }) {
			unitManagement.create(Viewer.system(), new NewOrgUnit(ward[0], ward[1], OrgUnitType.WARD, province, start));
		}
		Viewer officer = new Viewer("test-adjust-officer", "Cán bộ", Role.HOME_AFFAIRS_OFFICER, province,
				units.pathOf(province), null, false);
		long id = methodologies.create(officer, new Methodologies.NewMethodology(start.getYear(),
				List.of(OrgUnitType.WARD), "Chỉ số CCHC (thẩm định bằng tệp)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30),
				"A:90; B:0", null));
		List<MethodologyTree.Line> noEvidence = ReformIndexIntegrationTests.lines("30").stream()
			.map(l -> new MethodologyTree.Line(l.row(), l.code(), l.parentCode(), l.name(), l.maxPoints(), l.scoring(),
					l.source(), "", l.guidance(), l.weightLow(), l.weightHigh()))
			.toList();
		methodologies.setLines(officer, id, noEvidence);
		cycles.open(officer, id, LocalDate.now(clock).plusDays(3));
		for (Assessments.Assessment ward : assessments.ofMethodology(officer, id)) {
			Viewer head = new Viewer("test-adjust-head-" + ward.unitCode(), "Lãnh đạo", Role.UNIT_HEAD, ward.unitId(),
					ward.unitPath(), null, false);
			java.util.Map<Long, Assessments.LineInput> lines = new java.util.LinkedHashMap<>();
			IndexResults.leaves(methodologies.items(id))
				.forEach(item -> lines.put(item.id(), new Assessments.LineInput(BigDecimal.ONE, null, List.of())));
			assessments.scoreAll(head, ward.id(), lines);
			assessments.submit(head, ward.id());
		}
		byte[] downloaded = adjustments.workbook(officer, id);

		byte[] wrong = adjusted(downloaded, Map.of("T3801/1.1", new String[] { "0,5", "Kế hoạch ban hành chậm hai tuần." },
				"T3802/1.2", new String[] { "25", "Báo cáo vượt điểm tối đa của tiêu chí." },
				"T3802/2.1", new String[] { "0", "ngắn" }));
		AdjustmentWorkbooks.Outcome refused = adjustments.importWorkbook(officer, id, new ByteArrayInputStream(wrong));
		assertThat(refused.problems()).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple("G", "reform.score.outOfRange"),
				org.assertj.core.groups.Tuple.tuple("H", "reform.appraisal.justification"));
		assertThat(assessments.ofMethodology(officer, id)).allSatisfy(a -> assertThat(assessments.view(officer, a.id())
			.lines().values()).allSatisfy(line -> assertThat(line.appraisedPoints()).as("nothing saved").isNull()));

		byte[] right = adjusted(downloaded, Map.of("T3801/1.1", new String[] { "0,5", "Kế hoạch ban hành chậm hai tuần." },
				"T3802/2.1", new String[] { "0", "Chưa công khai thủ tục tại bộ phận một cửa." }));
		assertThat(adjustments.importWorkbook(officer, id, new ByteArrayInputStream(right)).adjusted()).isEqualTo(2);
		Assessments.Assessment upper = assessments.ofMethodology(officer, id).stream()
			.filter(a -> a.unitCode().equals("T3801")).findFirst().orElseThrow();
		assertThat(assessments.view(officer, upper.id()).finalTotal()).isEqualByComparingTo("3.5");
	}
}
