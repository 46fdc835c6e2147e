package vn.congvu.conduct.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.discipline.DisciplinaryCaseQueries;
import vn.congvu.conduct.discipline.DisciplinaryCases;
import vn.congvu.conduct.discipline.PostponementReason;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/** Disciplinary cases for those who handle them: open from a confirmed violation, steps, postponements, decision. */
@Controller
class DisciplinaryCaseController {

	private final DisciplinaryCases cases;
	private final DisciplinaryCaseQueries queries;
	private final Clock clock;

	DisciplinaryCaseController(DisciplinaryCases cases, DisciplinaryCaseQueries queries, Clock clock) {
		this.cases = cases;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping("/conduct/cases")
	String list(Viewer viewer, Model model) {
		model.addAttribute("cases", queries.mine(viewer));
		model.addAttribute("concerningMe", queries.concerningMe(viewer));
		return "conduct/case-list";
	}

	@GetMapping("/conduct/cases/{id}")
	String detail(Viewer viewer, @PathVariable long id, Model model) {
		if (!queries.handles(viewer, id)) { // the person concerned reads their own case; anyone else: not found
			model.addAttribute("detail", queries.concerningMe(viewer, id));
			return "conduct/case-mine";
		}
		model.addAttribute("detail", queries.find(viewer, id));
		model.addAttribute("reasons", PostponementReason.values());
		model.addAttribute("today", VietnameseDates.format(LocalDate.now(clock)));
		return "conduct/case-detail";
	}

	@PostMapping("/conduct/violations/{violationId}/case")
	String open(Viewer viewer, @PathVariable long violationId, @Valid DisciplinaryCaseForms.Open form,
			RedirectAttributes redirect) {
		try {
			long id = cases.open(viewer, violationId, form.complex(), form.coHandler());
			return "redirect:/conduct/cases/" + id;
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "violation", ex);
			return "redirect:/conduct/violations";
		}
	}

	@PostMapping("/conduct/cases/{id}/step")
	String step(Viewer viewer, @PathVariable long id, @Valid DisciplinaryCaseForms.Step form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> cases.advance(viewer, id, form.stage(), day(form.heldOn()), form.note()));
	}

	@PostMapping("/conduct/cases/{id}/postpone")
	String postpone(Viewer viewer, @PathVariable long id, @Valid DisciplinaryCaseForms.Postpone form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> cases.postpone(viewer, id, form.reason(), day(form.from()), day(form.until()),
				form.note()));
	}

	@PostMapping("/conduct/cases/{id}/decide")
	String decide(Viewer viewer, @PathVariable long id, @Valid DisciplinaryCaseForms.Decide form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			if (form.measure() == null) {
				throw new InvalidInputException("case.measureRequired");
			}
			cases.decide(viewer, id, form.measure(), day(form.decisionDate()), form.effectMonths());
		});
	}

	@GetMapping("/conduct/cases/{id}/decision.pdf")
	ResponseEntity<byte[]> decision(Viewer viewer, @PathVariable long id) {
		return Downloads.file(queries.decisionDocument(viewer, id), "quyet-dinh-ky-luat-" + id + ".pdf",
				MediaType.APPLICATION_PDF, true);
	}

	private static LocalDate day(String text) {
		if (text.isBlank()) {
			throw new InvalidInputException("case.dateRequired");
		}
		return VietnameseDates.parse(text, LocalDate.MIN);
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		FormOutcome.attempt(redirect, "case", "saved", action);
		return "redirect:/conduct/cases/" + id;
	}
}
