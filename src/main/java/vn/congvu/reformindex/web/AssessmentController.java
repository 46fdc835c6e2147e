package vn.congvu.reformindex.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.SecretInput;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.Appraisals;
import vn.congvu.reformindex.Assessments;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Problems;

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

	/** Saves the lines the unit typed ({@code points[item]}, {@code note[item]}, files {@code files[item]}). */
	@PostMapping("/reform-index/assessments/{id}/scores")
	String scores(Viewer viewer, @PathVariable long id, @Valid AssessmentForms.Scores form,
			jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
		boolean saved = FormOutcome.attempt(redirect, "score", "saved", () -> {
			Problems problems = new Problems();
			Map<Long, Assessments.LineInput> lines = new LinkedHashMap<>();
			form.points().forEach((item, typed) -> {
				BigDecimal points = problems.check("points[" + item + "]", () -> ReformIndexController.number(typed));
				List<MultipartFile> files = request instanceof MultipartHttpServletRequest multipart
						? multipart.getFiles("files[" + item + "]") : List.of();
				lines.put(item, new Assessments.LineInput(points, form.note().get(item), UploadedFile.allOf(files)));
			});
			problems.refuseIfAny();
			assessments.scoreAll(viewer, id, lines);
		});
		if (saved && !form.submit().isEmpty()) {
			FormOutcome.attempt(redirect, "score", "submitted", () -> assessments.submit(viewer, id));
		}
		return "redirect:/reform-index/assessments/" + id;
	}

	/** The council's adjustments ({@code appraised[item]} with {@code justification[item]}); blank lines stand. */
	@PostMapping("/reform-index/assessments/{id}/appraisal")
	String appraisal(Viewer viewer, @PathVariable long id, @Valid AssessmentForms.Appraisal form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "appraisal", "appraised", () -> {
			Problems problems = new Problems();
			Map<Long, Appraisals.Adjustment> adjustments = new LinkedHashMap<>();
			form.appraised().forEach((item, typed) -> {
				if (!typed.isBlank()) {
					BigDecimal points = problems.check("appraised[" + item + "]",
							() -> ReformIndexController.number(typed));
					adjustments.put(item, new Appraisals.Adjustment(points, form.justification().get(item)));
				}
			});
			problems.refuseIfAny();
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
