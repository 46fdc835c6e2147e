package vn.congvu.conduct.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.inspections.CorrectiveActions;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;

/** Corrective actions of confirmed conclusions in the user's scope, overdue ones first; officers record re-checks. */
@Controller
class CorrectiveActionController {

	private final CorrectiveActions actions;

	CorrectiveActionController(CorrectiveActions actions) {
		this.actions = actions;
	}

	@GetMapping("/conduct/actions")
	String list(Viewer viewer, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("actions", actions.inScope(viewer, overdue));
		model.addAttribute("overdueOnly", overdue);
		model.addAttribute("rechecks", viewer.oversees());
		return "conduct/action-list";
	}

	@PostMapping("/conduct/actions/{id}/recheck")
	String recheck(Viewer viewer, @PathVariable long id, @Valid CorrectiveActionForms.Recheck form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "action", "saved", () -> actions.recheck(viewer, id, form.done(), form.note()));
		return "redirect:/conduct/actions";
	}
}
