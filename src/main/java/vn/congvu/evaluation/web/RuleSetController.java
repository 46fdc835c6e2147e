package vn.congvu.evaluation.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.evaluation.EvaluationRules;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/** The evaluation rule sets with their legal basis and dates; an officer adds the next one. */
@Controller
class RuleSetController {

	private final EvaluationRules rules;

	RuleSetController(EvaluationRules rules) {
		this.rules = rules;
	}

	@GetMapping("/evaluation/rules")
	String list(Viewer viewer, Model model) {
		model.addAttribute("ruleSets", rules.book().ruleSets().reversed());
		model.addAttribute("mayAdd", viewer.mayManageEvaluationRules());
		return "evaluation/rules";
	}

	@PostMapping("/evaluation/rules")
	String add(Viewer viewer, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String legalBasis, @RequestParam(defaultValue = "") String legalBasisDate,
			@RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String validTo,
			@RequestParam(defaultValue = "") String generalPoints, @RequestParam(defaultValue = "") String resultsPoints,
			@RequestParam(defaultValue = "0") String bonusPoints, @RequestParam(defaultValue = "") String excellentFrom,
			@RequestParam(defaultValue = "") String goodFrom, @RequestParam(defaultValue = "") String completedFrom,
			@RequestParam(defaultValue = "GOOD") String quotaBasis, @RequestParam(defaultValue = "") String quotaPercent,
			@RequestParam(defaultValue = "") String unconfirmed, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "rules", "saved", () -> rules.add(viewer, new EvaluationRules.NewRuleSet(code,
				name, legalBasis, date(legalBasisDate), date(validFrom), validTo.isBlank() ? null : date(validTo),
				FormValues.points(generalPoints), FormValues.points(resultsPoints), FormValues.points(bonusPoints),
				FormValues.points(excellentFrom), FormValues.points(goodFrom), FormValues.points(completedFrom),
				quotaBasis, FormValues.points(quotaPercent), unconfirmed)));
		return "redirect:/evaluation/rules";
	}

	private static LocalDate date(String text) {
		if (text.isBlank()) {
			throw new InvalidInputException("evaluation.rules.required");
		}
		return VietnameseDates.parse(text, LocalDate.MIN); // blank was refused above
	}
}
