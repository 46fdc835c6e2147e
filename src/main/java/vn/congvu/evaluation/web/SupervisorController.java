package vn.congvu.evaluation.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.evaluation.Supervisors;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/** Who reviews whose scorecard in a unit: the head by default, another member when recorded. */
@Controller
class SupervisorController {

	private final Supervisors supervisors;
	private final OrgUnitQueries units;

	SupervisorController(Supervisors supervisors, OrgUnitQueries units) {
		this.supervisors = supervisors;
		this.units = units;
	}

	@GetMapping("/evaluation/units/{id}/supervisors")
	String list(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("unit", units.find(viewer, id));
		model.addAttribute("lines", supervisors.ofUnit(viewer, id));
		return "evaluation/supervisors";
	}

	@PostMapping("/evaluation/units/{id}/supervisors")
	String assign(Viewer viewer, @PathVariable long id, @Valid SupervisorForms.Assign form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "supervisors", "saved",
				() -> supervisors.assign(viewer, id, number(form.staffId()),
						form.supervisorId().isBlank() ? null : number(form.supervisorId())));
		return "redirect:/evaluation/units/" + id + "/supervisors";
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("supervisors.notMember");
		}
	}
}
