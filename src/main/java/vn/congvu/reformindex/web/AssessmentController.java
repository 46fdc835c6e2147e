package vn.congvu.reformindex.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.SecretInput;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.Assessments;
import vn.congvu.shared.InvalidInputException;

/** One unit's assessment: the self-assessment form, the appraisal, the council's vote, the response, final. */
@Controller
class AssessmentController {

	private final Assessments assessments;
	private final vn.congvu.reformindex.Appraisals appraisals;

	AssessmentController(Assessments assessments, vn.congvu.reformindex.Appraisals appraisals) {
		this.assessments = assessments;
		this.appraisals = appraisals;
	}

	@GetMapping("/reform-index/assessments/{id}")
	String assessment(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("view", assessments.view(viewer, id));
		return "reformindex/assessment";
	}

	/** Saves the lines the unit typed ({@code points-<item>}, {@code note-<item>}, files {@code files-<item>}). */
	@PostMapping("/reform-index/assessments/{id}/scores")
	String scores(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			jakarta.servlet.http.HttpServletRequest request, @RequestParam(defaultValue = "") String submit,
			RedirectAttributes redirect) {
		boolean saved = FormOutcome.attempt(redirect, "score", "saved", () -> {
			Map<Long, Assessments.LineInput> lines = new LinkedHashMap<>();
			for (Map.Entry<String, List<String>> field : form.entrySet()) {
				if (field.getKey().startsWith("points-")) {
					long item = item(field.getKey().substring(7));
					List<MultipartFile> files = request instanceof MultipartHttpServletRequest multipart
							? multipart.getFiles("files-" + item) : List.of();
					lines.put(item, new Assessments.LineInput(ReformIndexController.number(field.getValue().get(0)),
							form.getFirst("note-" + item), UploadedFile.allOf(files)));
				}
			}
			assessments.scoreAll(viewer, id, lines);
		});
		if (saved && !submit.isEmpty()) {
			FormOutcome.attempt(redirect, "score", "submitted", () -> assessments.submit(viewer, id));
		}
		return "redirect:/reform-index/assessments/" + id;
	}

	@PostMapping("/reform-index/assessments/{id}/appraisal")
	String appraisal(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "appraisal", "appraised", () -> {
			Map<Long, vn.congvu.reformindex.Appraisals.Adjustment> adjustments = new LinkedHashMap<>();
			for (Map.Entry<String, List<String>> field : form.entrySet()) {
				if (field.getKey().startsWith("appraised-") && !field.getValue().get(0).isBlank()) {
					long item = item(field.getKey().substring(10));
					adjustments.put(item, new vn.congvu.reformindex.Appraisals.Adjustment(ReformIndexController.number(field.getValue().get(0)),
							form.getFirst("justification-" + item)));
				}
			}
			appraisals.appraiseAll(viewer, id, adjustments);
		});
		return "redirect:/reform-index/assessments/" + id;
	}

	@PostMapping("/reform-index/assessments/{id}/vote")
	@SecretInput
	String vote(Viewer viewer, @PathVariable long id, @Valid AssessmentForms.Vote form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "vote", "voted", () -> {
			if (!form.choice().equals("approve") && !form.choice().equals("reject")) {
				throw new InvalidInputException("reform.vote.choose");
			}
			appraisals.vote(viewer, id, form.choice().equals("approve"));
		});
		return "redirect:/reform-index/assessments/" + id;
	}

	@PostMapping("/reform-index/assessments/{id}/response")
	String respond(Viewer viewer, @PathVariable long id, @Valid AssessmentForms.Respond form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "response", "responded", () -> appraisals.respond(viewer, id, form.response()));
		return "redirect:/reform-index/assessments/" + id;
	}

	@PostMapping("/reform-index/assessments/{id}/final")
	String finalizeResult(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "final", "finalized", () -> appraisals.finalizeResult(viewer, id));
		return "redirect:/reform-index/assessments/" + id;
	}

	@GetMapping("/reform-index/assessments/{id}/evidence/{fileId}")
	ResponseEntity<byte[]> evidence(Viewer viewer, @PathVariable long id, @PathVariable long fileId) {
		UploadedFile file = assessments.evidence(viewer, id, fileId);
		return Downloads.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()), true);
	}

	private static long item(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("reform.badNumber", text);
		}
	}
}
