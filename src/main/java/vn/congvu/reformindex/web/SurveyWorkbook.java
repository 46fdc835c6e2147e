package vn.congvu.reformindex.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.multipart.MultipartFile;
import vn.congvu.reformindex.SurveyScores;
import vn.congvu.platform.WorkbookCells;
import vn.congvu.shared.InvalidInputException;

/** Survey results as the survey's workbook gives them: unit code in column A, survey points in column B, from row 2. */
final class SurveyWorkbook {

	private SurveyWorkbook() {
	}

	static List<SurveyScores.SurveyRow> read(MultipartFile file) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.getInputStream())) {
			Sheet sheet = workbook.getSheetAt(0);
			List<SurveyScores.SurveyRow> rows = new ArrayList<>();
			for (int r = 1; r <= Math.min(sheet.getLastRowNum(), 5_000); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String code = WorkbookCells.text(row.getCell(0));
				String points = WorkbookCells.text(row.getCell(1));
				String answers = WorkbookCells.text(row.getCell(2)).strip();
				if (!code.isBlank() || !points.isBlank() || !answers.isBlank()) {
					rows.add(new SurveyScores.SurveyRow(r + 1, code, points, answers));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidInputException("reform.import.notAWorkbook");
		}
	}
}
