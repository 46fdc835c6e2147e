package vn.congvu.reformindex.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.SecretInput;
import vn.congvu.platform.Viewer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import vn.congvu.platform.Downloads;
import vn.congvu.reformindex.AdjustmentWorkbooks;
import vn.congvu.reformindex.Methodologies;
import vn.congvu.reformindex.TableSteps;
import vn.congvu.shared.InvalidInputException;

/**
 * Steps over a whole table: the officer's adjustments as one workbook, a council member's one ballot, and the
 * officer's making the table final.
 */
@Controller
class TableStepsController {

	private final TableSteps steps;
	private final Methodologies methodologies;
	private final AdjustmentWorkbooks adjustments;

	TableStepsController(TableSteps steps, Methodologies methodologies, AdjustmentWorkbooks adjustments) {
		this.steps = steps;
		this.methodologies = methodologies;
		this.adjustments = adjustments;
	}

	@GetMapping("/reform-index/methodologies/{id}/adjustments.xlsx")
	ResponseEntity<byte[]> adjustmentWorkbook(Viewer viewer, @PathVariable long id) {
		return Downloads.xlsx(adjustments.workbook(viewer, id), "tham-dinh-" + id + ".xlsx");
	}

	@PostMapping("/reform-index/methodologies/{id}/adjustments")
	String importAdjustments(Viewer viewer, @PathVariable long id,
			@RequestPart(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "adjust", "adjusted", () -> {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.at("file", "reform.import.noFile");
			}
			AdjustmentWorkbooks.Outcome outcome;
			try {
				outcome = adjustments.importWorkbook(viewer, id, file.getInputStream());
			}
			catch (IOException ex) {
				throw InvalidInputException.at("file", "reform.import.notAWorkbook");
			}
			if (!outcome.problems().isEmpty()) {
				redirect.addFlashAttribute("adjustRows", outcome.problems());
				throw new InvalidInputException("reform.selfImport.problems", outcome.problems().size());
			}
			redirect.addFlashAttribute("adjustedLines", outcome.adjusted());
		});
		return "redirect:/reform-index/methodologies/" + id;
	}

	/** The ballot as typed: {@code choice[assessmentId]} is {@code approve}, {@code reject} or empty (not voted). */
	record Ballot(Map<Long, String> choice) {

		Ballot {
			choice = choice == null ? new LinkedHashMap<>() : choice;
		}
	}

	@GetMapping("/reform-index/methodologies/{id}/ballot")
	String ballot(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("methodology", methodologies.find(id));
		model.addAttribute("lines", steps.ballot(viewer, id));
		return "reformindex/ballot";
	}

	@PostMapping("/reform-index/methodologies/{id}/ballot")
	@SecretInput
	String vote(Viewer viewer, @PathVariable long id, @ModelAttribute Ballot form, RedirectAttributes redirect) {
		int[] cast = new int[1];
		FormOutcome.attempt(redirect, "ballot", "balloted", () -> {
			Map<Long, Boolean> choices = new LinkedHashMap<>();
			form.choice().forEach((assessment, choice) -> {
				switch (choice) {
					case "approve" -> choices.put(assessment, true);
					case "reject" -> choices.put(assessment, false);
					case "" -> { } // left for later
					default -> throw new InvalidInputException("reform.vote.choose");
				}
			});
			cast[0] = steps.voteAll(viewer, id, choices);
		});
		redirect.addFlashAttribute("votesCast", cast[0]);
		return "redirect:/reform-index/methodologies/" + id + "/ballot";
	}

	@PostMapping("/reform-index/methodologies/{id}/final")
	String finalizeAll(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		TableSteps.Finalized done = steps.finalizeAll(viewer, id);
		redirect.addFlashAttribute("finalizedCount", done.finalized());
		redirect.addFlashAttribute("finalizedWaiting", done.waiting());
		return "redirect:/reform-index/methodologies/" + id;
	}
}
