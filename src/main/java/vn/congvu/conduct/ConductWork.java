package vn.congvu.conduct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.discipline.CaseStage;
import vn.congvu.conduct.discipline.DisciplinaryCaseQueries;
import vn.congvu.conduct.inspections.Inspections;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkItems;

/**
 * Conduct work of the person: explanations asked of them, violations waiting for an officer's decision, the
 * disciplinary cases they handle, and the inspection visits of their teams in the coming week.
 */
@Component
class ConductWork implements WorkItems {

	private final Violations violations;
	private final DisciplinaryCaseQueries cases;
	private final Inspections inspections;

	ConductWork(Violations violations, DisciplinaryCaseQueries cases, Inspections inspections) {
		this.violations = violations;
		this.cases = cases;
		this.inspections = inspections;
	}

	@Override
	public List<Item> itemsFor(Viewer viewer, LocalDate today) {
		List<Item> items = new ArrayList<>();
		for (Violations.ViolationView v : violations.waitingOn(viewer)) {
			if (viewer.isStaff(v.staffId())) {
				items.add(new Item("home.kind.explanation", v.description(), "/conduct/violations#violation-" + v.id(),
						v.explanationDue(), v.explanationDue() != null && v.explanationDue().isBefore(today)));
			}
			else {
				items.add(new Item("home.kind.violationToDecide", v.staffName() + " – " + v.description(),
						"/conduct/violations#violation-" + v.id(), null, false));
			}
		}
		if (viewer.mayHandleCases()) {
			cases.mine(viewer).stream()
				.filter(c -> c.stage() != CaseStage.DECIDED && c.stage() != CaseStage.NO_DISCIPLINE)
				.forEach(c -> items.add(new Item("home.kind.case", c.staffName() + " – " + c.violationDescription(),
						"/conduct/cases/" + c.id(), c.decisionDue(), c.overdue())));
		}
		cases.concerningMe(viewer).stream() // the person concerned follows their own case until its decision
			.filter(c -> c.stage() != CaseStage.DECIDED && c.stage() != CaseStage.NO_DISCIPLINE)
			.forEach(c -> items.add(new Item("home.kind.myCase", c.violationDescription(), "/conduct/cases/" + c.id(),
					c.decisionDue(), false)));
		inspections.plansOfMyTeams(viewer).stream()
			.filter(p -> !p.cancelled() && p.concludedAt() == null && !p.plannedOn().isAfter(today.plusDays(7)))
			.forEach(p -> items.add(new Item("home.kind.visit", p.title() + " – " + p.unitName(),
					"/conduct/inspections/" + p.id(), p.plannedOn(), p.plannedOn().isBefore(today) && p.startedAt() == null)));
		return items;
	}
}
