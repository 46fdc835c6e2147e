package vn.congvu.evaluation.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.evaluation.ScorecardQueries;
import vn.congvu.evaluation.Scorecards;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;

/** One monthly scorecard: its sources, each stage's points, and the step the viewer may take (phone-first). */
@Controller
class ScorecardController {

	private final Scorecards scorecards;
	private final ScorecardQueries queries;

	ScorecardController(Scorecards scorecards, ScorecardQueries queries) {
		this.scorecards = scorecards;
		this.queries = queries;
	}

	@GetMapping("/evaluation/scorecards/{id}")
	String detail(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("view", queries.find(viewer, id));
		return "evaluation/scorecard";
	}

	@PostMapping("/evaluation/scorecards/{id}/{action}")
	String act(Viewer viewer, @PathVariable long id, @PathVariable String action, @Valid ScorecardForms.Act form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "scorecard", "saved", () -> {
			switch (action) {
				case "self" -> scorecards.selfAssess(viewer, id, FormValues.points(form.general(), form.results(),
						form.bonus()), form.text());
				case "review" -> scorecards.review(viewer, id, FormValues.points(form.general(), form.results(),
						form.bonus()), form.text());
				case "on-behalf" -> scorecards.reviewOnBehalf(viewer, id, FormValues.points(form.general(),
						form.results(), form.bonus()), form.text());
				case "adjust" -> scorecards.adjust(viewer, id, FormValues.points(form.general(), form.results(),
						form.bonus()), form.text());
				case "appeal" -> scorecards.appeal(viewer, id, form.text());
				case "absent" -> scorecards.markAbsent(viewer, id, form.text());
				case "answer" -> scorecards.answerAppeal(viewer, id, form.upheld(), form.text(),
						form.upheld() ? FormValues.points(form.general(), form.results(), form.bonus()) : null);
				default -> throw new RecordNotFoundException("scorecard", id);
			}
		});
		return "redirect:/evaluation/scorecards/" + id;
	}
}
