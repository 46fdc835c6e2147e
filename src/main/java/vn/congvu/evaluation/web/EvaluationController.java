package vn.congvu.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congvu.evaluation.ScorecardQueries;
import vn.congvu.evaluation.TaskQueries;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Viewer;

/** The evaluation home: my scorecards and tasks, what waits for me as supervisor, and my units' months. */
@Controller
class EvaluationController {

	private final ScorecardQueries scorecards;
	private final TaskQueries tasks;
	private final OrgUnitQueries units;
	private final Clock clock;

	EvaluationController(ScorecardQueries scorecards, TaskQueries tasks, OrgUnitQueries units, Clock clock) {
		this.scorecards = scorecards;
		this.tasks = tasks;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/evaluation")
	String home(Viewer viewer, Model model) {
		model.addAttribute("mine", scorecards.mine(viewer));
		model.addAttribute("toReview", scorecards.toReview(viewer));
		model.addAttribute("myTasks", tasks.mine(viewer).stream().filter(t -> !t.status().finished()).toList());
		if (viewer.mayReadUnitScorecards()) {
			model.addAttribute("units", units.tree(viewer, java.time.LocalDate.now(clock)));
		}
		model.addAttribute("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
		return "evaluation/home";
	}
}
