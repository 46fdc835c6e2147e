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
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkbookCells;
import vn.congvu.shared.ImportProblem;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * A unit's self-assessment as a workbook: downloaded with its lines (and what is scored so far), filled in where the
 * unit works on it, uploaded with the evidence files its last column names. Checked as a whole: every problem is
 * named by row and column and nothing is saved until none remains; then every line is saved as the form saves it.
 */
@Service
@Transactional
public class SelfAssessmentWorkbooks {

	static final List<String> HEADERS = List.of("Mã", "Nội dung, tiêu chí", "Điểm tối đa", "Điểm tự chấm",
			"Giải trình", "Tệp minh chứng (tên tệp, cách nhau bởi dấu ;)");

	private final Assessments assessments;

	SelfAssessmentWorkbooks(Assessments assessments) {
		this.assessments = assessments;
	}

	/** The assessment's lines as a workbook, with the points, notes and evidence names saved so far. */
	@Transactional(readOnly = true)
	public byte[] workbook(Viewer viewer, long id) {
		Assessments.View view = assessments.view(viewer, id);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Tự đánh giá");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
				sheet.setColumnWidth(c, (c == 1 || c == 4 ? 50 : 16) * 256);
			}
			int r = 1;
			for (Item item : view.items()) {
				Row row = sheet.createRow(r++);
				Assessments.Line line = view.lines().get(item.id());
				row.createCell(0).setCellValue(item.code());
				row.createCell(1).setCellValue(item.name());
				row.createCell(2).setCellValue(item.maxPoints().doubleValue());
				if (line != null && line.selfPoints() != null) {
					row.createCell(3).setCellValue(line.selfPoints().doubleValue());
				}
				if (line != null && line.selfNote() != null) {
					row.createCell(4).setCellValue(line.selfNote());
				}
				if (line != null && line.fileNames().length > 0) {
					row.createCell(5).setCellValue(String.join("; ", line.fileNames()));
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

	/**
	 * Saves the lines of an uploaded workbook with the evidence files it names, if every line is right; otherwise
	 * saves nothing and returns every problem. A line left blank is not scored yet; a file already saved for a line
	 * need not be uploaded again.
	 */
	public List<ImportProblem> importWorkbook(Viewer viewer, long id, InputStream content, List<UploadedFile> files) {
		Assessments.View view = assessments.view(viewer, id);
		if (!view.mayScore()) {
			throw new NotPermittedException("reform.assessment.locked");
		}
		Map<String, Item> leaves = new HashMap<>();
		IndexResults.leaves(view.items()).forEach(item -> leaves.put(item.code(), item));
		Map<String, UploadedFile> uploaded = new HashMap<>();
		files.forEach(file -> uploaded.put(file.fileName().toLowerCase(Locale.ROOT), file));
		List<ImportProblem> problems = new ArrayList<>();
		Map<Long, Assessments.LineInput> lines = new LinkedHashMap<>();
		try (Workbook workbook = WorkbookFactory.create(content)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				if (header == null || !WorkbookCells.text(header.getCell(c)).equals(HEADERS.get(c))) {
					return List.of(new ImportProblem(1, "A", "reform.selfImport.headers", List.of(String.join(" | ",
							HEADERS))));
				}
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String code = WorkbookCells.text(row.getCell(0));
				Item item = leaves.get(code);
				String points = WorkbookCells.text(row.getCell(3)).replace(',', '.');
				String names = WorkbookCells.text(row.getCell(5));
				if (item == null || item.scoring() == Item.Scoring.COMPUTED) {
					if (!points.isEmpty() && !code.isEmpty() && !isContent(view, code)) {
						problems.add(new ImportProblem(r + 1, "A", "reform.selfImport.unknownLine", List.of(code)));
					}
					continue;
				}
				BigDecimal value = null;
				if (!points.isEmpty()) {
					try {
						value = new BigDecimal(points);
						AssessmentAccess.inRange(item, value);
					}
					catch (NumberFormatException | InvalidInputException ex) {
						problems.add(new ImportProblem(r + 1, "D", "reform.score.outOfRange",
								List.of(code, MethodologyTree.plain(item.maxPoints()))));
						continue;
					}
				}
				List<UploadedFile> evidence = new ArrayList<>();
				Assessments.Line saved = view.lines().get(item.id());
				List<String> already = saved == null ? List.of() : List.of(saved.fileNames());
				for (String name : names.isEmpty() ? new String[0] : names.split(";")) {
					String wanted = name.strip();
					UploadedFile file = uploaded.get(wanted.toLowerCase(Locale.ROOT));
					if (file != null) {
						evidence.add(file);
					}
					else if (!wanted.isEmpty() && !already.contains(wanted)) {
						problems.add(new ImportProblem(r + 1, "F", "reform.selfImport.missingFile", List.of(wanted)));
					}
				}
				String note = WorkbookCells.text(row.getCell(4));
				if (note.length() > 4_000) {
					problems.add(new ImportProblem(r + 1, "E", "reform.selfImport.noteTooLong", List.of("4000")));
				}
				lines.put(item.id(), new Assessments.LineInput(value, note.isEmpty() ? null : note, evidence));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof NotPermittedException denied) {
				throw denied;
			}
			return List.of(new ImportProblem(1, "A", "reform.import.notAWorkbook", List.of()));
		}
		if (problems.isEmpty()) {
			assessments.scoreAll(viewer, id, lines);
		}
		return problems;
	}

	private static boolean isContent(Assessments.View view, String code) {
		return view.items().stream().anyMatch(item -> item.code().equals(code));
	}
}
