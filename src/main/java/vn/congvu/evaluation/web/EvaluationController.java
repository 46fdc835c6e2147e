package vn.congvu.evaluation.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congvu.evaluation.ScorecardQueries;
import vn.congvu.evaluation.TaskQueries;
import vn.congvu.orgunit.OrgUnitFilter;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
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

	static final int UNITS_PER_PAGE = 50;

	@GetMapping("/evaluation")
	String home(Viewer viewer, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("mine", scorecards.mine(viewer));
		model.addAttribute("toReview", scorecards.toReview(viewer));
		model.addAttribute("myTasks", tasks.mine(viewer).stream().filter(t -> !t.status().finished()).toList());
		YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
		if (viewer.mayReadUnitScorecards()) {
			// a city has thousands of units: a page of them (the tree, or those whose name matches) with their month
			java.time.LocalDate today = java.time.LocalDate.now(clock);
			List<OrgUnitView> found = q.isBlank() ? units.tree(viewer, today)
					: units.list(viewer, OrgUnitFilter.matching(today, q.strip()));
			int pages = Math.max(1, (found.size() + UNITS_PER_PAGE - 1) / UNITS_PER_PAGE);
			int shown = Math.clamp(page, 0, pages - 1);
			List<OrgUnitView> onPage = found.subList(shown * UNITS_PER_PAGE,
					Math.min(found.size(), (shown + 1) * UNITS_PER_PAGE));
			model.addAttribute("units", onPage);
			model.addAttribute("unitsPage", shown);
			model.addAttribute("unitsPages", pages);
			model.addAttribute("unitsFound", found.size());
			model.addAttribute("progress", scorecards.progress(viewer, onPage.stream().map(OrgUnitView::id).toList(),
					lastMonth));
		}
		model.addAttribute("q", q);
		model.addAttribute("lastMonth", lastMonth.toString());
		return "evaluation/home";
	}
}
