package vn.congvu.conduct.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.inspections.InspectionKind;
import vn.congvu.conduct.inspections.InspectionTeams;
import vn.congvu.conduct.inspections.Inspections;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.VietnameseDates;

/** Inspection plans: the list (surprises hidden from the inspected unit), planning, starting and cancelling. */
@Controller
class InspectionController {

	private final Inspections inspections;
	private final InspectionTeams teams;
	private final Clock clock;

	InspectionController(Inspections inspections, InspectionTeams teams, Clock clock) {
		this.inspections = inspections;
		this.teams = teams;
		this.clock = clock;
	}

	@GetMapping("/conduct/inspections")
	String list(Viewer viewer, Model model) {
		model.addAttribute("plans", inspections.plans(viewer));
		model.addAttribute("count", inspections.count(viewer));
		boolean planner = viewer.mayPlanInspections();
		model.addAttribute("planner", planner);
		model.addAttribute("cancels", viewer.mayManageTeams());
		if (planner) {
			model.addAttribute("teams", teams.forPlanning(viewer));
			model.addAttribute("coverage", teams.coverage(viewer));
			model.addAttribute("kinds", InspectionKind.values());
		}
		return "conduct/inspection-list";
	}

	@PostMapping("/conduct/inspections")
	String plan(Viewer viewer, @Valid InspectionForms.Plan form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "plan", "planned", () -> inspections.plan(viewer, form.teamId(), form.unitId(),
				form.kind(), form.title(),
				VietnameseDates.parse(form.plannedOn(), LocalDate.now(clock))));
		return "redirect:/conduct/inspections";
	}

	@PostMapping("/conduct/inspections/{id}/start")
	String start(Viewer viewer, @PathVariable long id, @Valid InspectionForms.Start form, RedirectAttributes redirect) {
		boolean started = FormOutcome.attempt(redirect, "plan", "saved", () -> inspections.start(viewer, id));
		return started && form.toVisit() ? "redirect:/conduct/inspections/" + id : "redirect:/conduct/inspections";
	}

	@PostMapping("/conduct/inspections/{id}/reschedule")
	String reschedule(Viewer viewer, @PathVariable long id, @Valid InspectionForms.Reschedule form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "plan", "saved", () -> {
			if (form.plannedOn().isBlank()) {
				throw new vn.congvu.shared.InvalidInputException("inspection.dateRequired");
			}
			inspections.reschedule(viewer, id, form.title(),
					vn.congvu.shared.VietnameseDates.parse(form.plannedOn(), java.time.LocalDate.now(clock)));
		});
		return "redirect:/conduct/inspections";
	}

	@PostMapping("/conduct/inspections/{id}/cancel")
	String cancel(Viewer viewer, @PathVariable long id, @Valid InspectionForms.Cancel form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "plan", "saved", () -> inspections.cancel(viewer, id, form.reason()));
		return "redirect:/conduct/inspections";
	}
}
