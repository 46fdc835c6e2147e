package vn.congvu.evaluation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
	String add(Viewer viewer, @Valid RuleSetForms.Add form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "rules", "saved", () -> rules.add(viewer,
				new EvaluationRules.NewRuleSet(form.code(),
				form.name(), form.legalBasis(), date(form.legalBasisDate()), date(form.validFrom()),
						form.validTo().isBlank() ? null : date(form.validTo()),
				FormValues.points(form.generalPoints()), FormValues.points(form.resultsPoints()),
						FormValues.points(form.bonusPoints()),
				FormValues.points(form.excellentFrom()), FormValues.points(form.goodFrom()),
						FormValues.points(form.completedFrom()),
				form.quotaBasis(), FormValues.points(form.quotaPercent()),
				form.quotaPercentExceptional().isBlank() ? null : FormValues.points(form.quotaPercentExceptional()),
				form.periodMonths(), form.unconfirmed())));
		return "redirect:/evaluation/rules";
	}

	private static LocalDate date(String text) {
		if (text.isBlank()) {
			throw new InvalidInputException("evaluation.rules.required");
		}
		return VietnameseDates.parse(text, LocalDate.MIN); // blank was refused above
	}
}
