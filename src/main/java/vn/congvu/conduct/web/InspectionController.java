package vn.congvu.conduct.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.FormOutcome;
import vn.congvu.conduct.InspectionKind;
import vn.congvu.conduct.Inspections;
import vn.congvu.platform.CurrentUser;
import vn.congvu.shared.VietnameseDates;

/** Inspection plans: the list each user may see, and planning and starting visits for inspectors. */
@Controller
class InspectionController {

	private final Inspections inspections;
	private final Clock clock;

	InspectionController(Inspections inspections, Clock clock) {
		this.inspections = inspections;
		this.clock = clock;
	}

	@GetMapping("/conduct/inspections")
	String list(Model model) {
		model.addAttribute("plans", inspections.plans());
		model.addAttribute("count", inspections.count());
		boolean planner = CurrentUser.get().role().oversees();
		model.addAttribute("planner", planner);
		if (planner) {
			model.addAttribute("teams", inspections.teams());
			model.addAttribute("coverage", inspections.coverage());
			model.addAttribute("kinds", InspectionKind.values());
		}
		return "conduct/inspection-list";
	}

	@PostMapping("/conduct/inspections")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR','LEADER','HOME_AFFAIRS_OFFICER','INSPECTOR')")
	String plan(@RequestParam long teamId, @RequestParam long unitId, @RequestParam InspectionKind kind,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String plannedOn,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "plan", "planned",
				() -> inspections.plan(teamId, unitId, kind, title, VietnameseDates.parse(plannedOn, LocalDate.now(clock))));
		return "redirect:/conduct/inspections";
	}

	@PostMapping("/conduct/inspections/{id}/start")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR','LEADER','HOME_AFFAIRS_OFFICER','INSPECTOR')")
	String start(@PathVariable long id, @RequestParam(defaultValue = "false") boolean toVisit,
			RedirectAttributes redirect) {
		boolean started = FormOutcome.attempt(redirect, "plan", "saved", () -> inspections.start(id));
		return started && toVisit ? "redirect:/conduct/inspections/" + id : "redirect:/conduct/inspections";
	}
}
