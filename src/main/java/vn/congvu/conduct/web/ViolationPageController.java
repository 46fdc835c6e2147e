package vn.congvu.conduct.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.congvu.conduct.discipline.DisciplinaryCaseQueries;
import vn.congvu.conduct.discipline.DisciplinaryCaseView;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;

/**
 * One violation's page: what was recorded, the explanation, how it was handled, and its history in words (who did
 * what and when, from the audit log). Whoever may see the violation in the list may open it; anyone else gets 404.
 */
@Controller
class ViolationPageController {

	private final Violations violations;
	private final DisciplinaryCaseQueries cases;
	private final AuditLog audit;
	private final Accounts accounts;

	ViolationPageController(Violations violations, DisciplinaryCaseQueries cases, AuditLog audit, Accounts accounts) {
		this.violations = violations;
		this.cases = cases;
		this.audit = audit;
		this.accounts = accounts;
	}

	@GetMapping("/conduct/violations/{id}")
	String violation(Viewer viewer, @PathVariable long id, Model model) {
		Violations.ViolationView violation = violations.findVisible(viewer, id);
		List<AuditLog.Entry> history = audit.historyOf("violation", id);
		model.addAttribute("v", violation);
		model.addAttribute("history", history);
		model.addAttribute("names", accounts.displayNames(history.stream().map(AuditLog.Entry::actor)
			.collect(Collectors.toSet())));
		Map<Long, Long> handled = viewer.mayHandleCases() ? cases.mine(viewer).stream()
			.collect(Collectors.toMap(DisciplinaryCaseView::violationId, DisciplinaryCaseView::id, (a, b) -> a))
				: Map.of();
		model.addAttribute("caseId", handled.get(id));
		return "conduct/violation-detail";
	}
}
