package vn.congvu.reformindex.web;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.SelfAssessmentWorkbooks;
import vn.congvu.shared.ImportProblem;
import vn.congvu.shared.InvalidInputException;

/** A unit's self-assessment as a workbook: download it, fill it in, upload it with the evidence it names. */
@Controller
class SelfAssessmentWorkbookController {

	private final SelfAssessmentWorkbooks workbooks;

	SelfAssessmentWorkbookController(SelfAssessmentWorkbooks workbooks) {
		this.workbooks = workbooks;
	}

	@GetMapping("/reform-index/assessments/{id}/self-assessment.xlsx")
	ResponseEntity<byte[]> download(Viewer viewer, @PathVariable long id) {
		return Downloads.xlsx(workbooks.workbook(viewer, id), "tu-danh-gia-" + id + ".xlsx");
	}

	@PostMapping("/reform-index/assessments/{id}/workbook")
	String upload(Viewer viewer, @PathVariable long id, @RequestPart(required = false) @Nullable MultipartFile file,
			@RequestPart(required = false) @Nullable List<MultipartFile> evidence, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "selfImport", "saved", () -> {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.at("file", "reform.import.noFile");
			}
			List<ImportProblem> problems;
			try {
				problems = workbooks.importWorkbook(viewer, id, file.getInputStream(),
						UploadedFile.allOf(evidence == null ? List.of() : evidence));
			}
			catch (IOException ex) {
				throw InvalidInputException.at("file", "reform.import.notAWorkbook");
			}
			if (!problems.isEmpty()) {
				redirect.addFlashAttribute("selfImportRows", problems);
				throw new InvalidInputException("reform.selfImport.problems", problems.size());
			}
		});
		return "redirect:/reform-index/assessments/" + id;
	}
}
