package vn.congvu.reformindex.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.MethodologyTree;
import vn.congvu.reformindex.OneStopStatistics;
import vn.congvu.shared.InvalidInputException;

/** One-stop dossier statistics: the import of the one-stop system's export and the year's totals per unit. */
@Controller
class OneStopController {

	private final OneStopStatistics statistics;
	private final Clock clock;

	OneStopController(OneStopStatistics statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/reform-index/one-stop")
	String page(Viewer viewer, @RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("year", shown);
		model.addAttribute("totals", statistics.ofYear(viewer, shown));
		return "reformindex/one-stop";
	}

	@PostMapping("/reform-index/one-stop")
	String upload(Viewer viewer, @RequestPart(required = false) @Nullable MultipartFile file,
			@Valid OneStopForms.Upload form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "import", "imported", () -> {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("reform.import.noFile");
			}
			try {
				List<MethodologyTree.Problem> problems = statistics.importLines(viewer, OneStopFile.read(file.getBytes()));
				if (!problems.isEmpty()) {
					redirect.addFlashAttribute("problems", problems);
					throw new InvalidInputException("reform.import.problems", problems.size());
				}
			}
			catch (IOException ex) {
				throw new InvalidInputException("reform.import.notAWorkbook");
			}
		});
		return form.year().matches("\\d{4}") ? "redirect:/reform-index/one-stop?year=" + form.year() : "redirect:/reform-index/one-stop";
	}
}
