package vn.congvu.reformindex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkbookCells;
import vn.congvu.shared.ImportProblem;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.TextLimits;

/**
 * The officer's adjustments over a whole table as one workbook: every line of every unit waiting for appraisal, with
 * the unit's points and the appraisal so far; the officer fills in the appraised points and a justification where the
 * council changes a line, and uploads it. Checked as a whole (every problem by row and column, nothing saved while
 * one remains); then each unit's lines are adjusted as the appraisal form adjusts them.
 */
@Service
@Transactional
public class AdjustmentWorkbooks {

	static final List<String> HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí",
			"Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Lý do điều chỉnh");

	private final Assessments assessments;
	private final Appraisals appraisals;

	AdjustmentWorkbooks(Assessments assessments, Appraisals appraisals) {
		this.assessments = assessments;
		this.appraisals = appraisals;
	}

	/** How an upload went: the lines adjusted, or the problems (then nothing is saved). */
	public record Outcome(int adjusted, List<ImportProblem> problems) {
	}

	/** The table's units waiting for appraisal, one row per line that takes points. */
	@Transactional(readOnly = true)
	public byte[] workbook(Viewer viewer, long methodologyId) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Thẩm định");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
				sheet.setColumnWidth(c, (c == 1 || c == 3 || c == 7 ? 40 : 14) * 256);
			}
			int r = 1;
			for (Assessments.Assessment assessment : appraisable(viewer, methodologyId)) {
				Assessments.View view = assessments.view(viewer, assessment.id());
				for (Item item : IndexResults.leaves(view.items())) {
					Assessments.Line line = view.lines().get(item.id());
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(assessment.unitCode());
					row.createCell(1).setCellValue(assessment.unitName());
					row.createCell(2).setCellValue(item.code());
					row.createCell(3).setCellValue(item.name());
					row.createCell(4).setCellValue(item.maxPoints().doubleValue());
					if (line != null && line.selfPoints() != null) {
						row.createCell(5).setCellValue(line.selfPoints().doubleValue());
					}
					if (line != null && line.appraisedPoints() != null) {
						row.createCell(6).setCellValue(line.appraisedPoints().doubleValue());
						row.createCell(7).setCellValue(line.justification() == null ? "" : line.justification());
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adjusts the lines the workbook changes, if every row is right; otherwise saves nothing. */
	public Outcome importWorkbook(Viewer viewer, long methodologyId, InputStream content) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Map<String, Assessments.View> byUnit = new HashMap<>();
		for (Assessments.Assessment assessment : appraisable(viewer, methodologyId)) {
			byUnit.put(assessment.unitCode(), assessments.view(viewer, assessment.id()));
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<Long, Map<Long, Appraisals.Adjustment>> changes = new LinkedHashMap<>();
		try (Workbook workbook = WorkbookFactory.create(content)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				if (header == null || !WorkbookCells.text(header.getCell(c)).equals(HEADERS.get(c))) {
					return new Outcome(0, List.of(new ImportProblem(1, "A", "reform.adjustImport.headers",
							List.of(String.join(" | ", HEADERS)))));
				}
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String points = row == null ? "" : WorkbookCells.text(row.getCell(6)).replace(',', '.');
				if (points.isEmpty()) {
					continue; // not adjusted
				}
				String unit = WorkbookCells.text(row.getCell(0));
				Assessments.View view = byUnit.get(unit);
				if (view == null) {
					problems.add(new ImportProblem(r + 1, "A", "reform.adjustImport.unit", List.of(unit)));
					continue;
				}
				String code = WorkbookCells.text(row.getCell(2));
				Item item = IndexResults.leaves(view.items()).stream().filter(i -> i.code().equals(code)).findFirst()
					.orElse(null);
				if (item == null) {
					problems.add(new ImportProblem(r + 1, "C", "reform.selfImport.unknownLine", List.of(code)));
					continue;
				}
				BigDecimal value;
				try {
					value = new BigDecimal(points);
					AssessmentAccess.inRange(item, value);
				}
				catch (NumberFormatException | InvalidInputException ex) {
					problems.add(new ImportProblem(r + 1, "G", "reform.score.outOfRange",
							List.of(code, MethodologyTree.plain(item.maxPoints()))));
					continue;
				}
				Assessments.Line line = view.lines().get(item.id());
				if (line != null && line.finalPoints() != null && line.finalPoints().compareTo(value) == 0) {
					continue; // as it stands
				}
				String justification = WorkbookCells.text(row.getCell(7));
				try {
					TextLimits.requireReason(justification, "reform.appraisal.justification", 2_000);
				}
				catch (InvalidInputException ex) {
					problems.add(new ImportProblem(r + 1, "H", ex.messageKey(), List.of()));
					continue;
				}
				changes.computeIfAbsent(view.assessment().id(), id -> new LinkedHashMap<>())
					.put(item.id(), new Appraisals.Adjustment(value, justification));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof NotPermittedException denied) {
				throw denied;
			}
			return new Outcome(0, List.of(new ImportProblem(1, "A", "reform.import.notAWorkbook", List.of())));
		}
		if (!problems.isEmpty()) {
			return new Outcome(0, problems);
		}
		int adjusted = 0;
		for (Map.Entry<Long, Map<Long, Appraisals.Adjustment>> unit : changes.entrySet()) {
			adjusted += appraisals.appraiseAll(viewer, unit.getKey(), unit.getValue());
		}
		return new Outcome(adjusted, List.of());
	}

	private List<Assessments.Assessment> appraisable(Viewer viewer, long methodologyId) {
		return assessments.ofMethodology(viewer, methodologyId).stream().filter(a -> a.status().appraisable()).toList();
	}
}
