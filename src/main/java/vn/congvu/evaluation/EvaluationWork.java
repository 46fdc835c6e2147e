package vn.congvu.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkItems;

/**
 * The person's open tasks (owned or shared), their own scorecards still to self-assess, and the scorecards waiting
 * for them as direct supervisor, each with the day the rules set for that step.
 */
@Component
class EvaluationWork implements WorkItems {

	private final TaskQueries tasks;
	private final ScorecardQueries scorecards;

	EvaluationWork(TaskQueries tasks, ScorecardQueries scorecards) {
		this.tasks = tasks;
		this.scorecards = scorecards;
	}

	@Override
	public List<Item> itemsFor(Viewer viewer, LocalDate today) {
		if (viewer.staffId() == null) {
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		tasks.mine(viewer).stream().filter(t -> t.status() != TaskStatus.ACCEPTED && t.status() != TaskStatus.CANCELLED)
			.forEach(t -> items.add(new Item(t.status() == TaskStatus.OPEN || t.status() == TaskStatus.REWORK
					? "home.kind.task" : "home.kind.taskSubmitted", t.title(), "/evaluation/tasks/" + t.id(), t.dueOn(),
					t.overdue())));
		// each list is dated with one read of the rule book, not one per scorecard
		scorecards.dated(scorecards.mine(viewer).stream().filter(c -> c.status() == ScorecardStatus.DRAFT).toList())
			.forEach(d -> items.add(new Item("home.kind.selfAssessment", d.period(),
					"/evaluation/scorecards/" + d.card().id(), d.deadlines().self(), d.deadlines().late())));
		scorecards.dated(scorecards.overdueForSupervisor(viewer)).forEach(d -> items.add(new Item(
				"home.kind.selfOverdue", d.card().staffName() + " – " + d.period(),
				"/evaluation/scorecards/" + d.card().id(), d.deadlines().self(), true)));
		scorecards.dated(scorecards.toReview(viewer)).forEach(d -> items.add(new Item("home.kind.scorecard",
				d.card().staffName() + " – " + d.period(), "/evaluation/scorecards/" + d.card().id(),
				d.deadlines().review(), d.deadlines().late())));
		return items;
	}
}
