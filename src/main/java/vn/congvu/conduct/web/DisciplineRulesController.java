package vn.congvu.conduct.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congvu.conduct.discipline.DisciplineRules;
import vn.congvu.staff.StaffCategory;
import vn.congvu.platform.Viewer;

/** The disciplinary rule sets in force and in history, as officers and inspectors consult them. */
@Controller
class DisciplineRulesController {

	private final DisciplineRules rules;
	private final Clock clock;

	DisciplineRulesController(DisciplineRules rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping("/conduct/rules")
	String rules(Viewer viewer, Model model) {
		model.addAttribute("book", rules.book(viewer));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("categories", StaffCategory.values());
		return "conduct/discipline-rules";
	}
}
