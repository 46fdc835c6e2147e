package vn.congvu.evaluation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.evaluation.TaskOrigin;
import vn.congvu.evaluation.TaskQueries;
import vn.congvu.evaluation.Tasks;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;

/** Tasks: leaders assign on a desktop, staff follow "my tasks" on a phone; per-unit overdue and rework, as xlsx too. */
@Controller
class TaskController {

	private final Tasks tasks;
	private final TaskQueries queries;
	private final OrgUnitQueries units;
	private final Clock clock;

	TaskController(Tasks tasks, TaskQueries queries, OrgUnitQueries units, Clock clock) {
		this.tasks = tasks;
		this.queries = queries;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/evaluation/tasks")
	String list(Viewer viewer, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("mine", queries.mine(viewer));
		model.addAttribute("unitTasks", queries.inScope(viewer, overdue));
		model.addAttribute("perUnit", queries.perUnit(viewer));
		model.addAttribute("overdueOnly", overdue);
		if (viewer.mayAssignTasks()) {
			model.addAttribute("unitChoices", units.tree(viewer, LocalDate.now(clock)));
			model.addAttribute("origins", new TaskOrigin[] { TaskOrigin.DIRECTIVE, TaskOrigin.CONFERENCE });
		}
		return "evaluation/task-list";
	}

	@PostMapping("/evaluation/tasks")
	String assign(Viewer viewer, @Valid TaskForms.Assign form, BindingResult binding, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "task", "saved",
				() -> tasks.assign(viewer, form.task(), FormOutcome.problemsOf(binding)));
		return "redirect:/evaluation/tasks";
	}

	@GetMapping("/evaluation/tasks/{id}")
	String detail(Viewer viewer, @PathVariable long id, Model model) {
		var task = queries.find(viewer, id);
		model.addAttribute("task", task);
		model.addAttribute("isOwner", viewer.isStaff(task.ownerStaffId()));
		model.addAttribute("isAssigner", viewer.mayAssignTasks() && !viewer.isStaff(task.ownerStaffId()));
		return "evaluation/task-detail";
	}

	@PostMapping("/evaluation/tasks/{id}/{action}")
	String act(Viewer viewer, @PathVariable long id, @PathVariable String action, @Valid TaskForms.Act form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "task", "saved", () -> {
			switch (action) {
				case "progress" -> tasks.reportProgress(viewer, id, form.percent() == null ? -1 : form.percent(),
						form.text());
				case "submit" -> tasks.submit(viewer, id, form.text());
				case "accept" -> tasks.accept(viewer, id);
				case "send-back" -> tasks.sendBack(viewer, id, form.text());
				case "reassign" -> tasks.reassign(viewer, id, form.ownerCode(), form.text());
				case "objective-cause" -> tasks.acceptObjectiveCause(viewer, id, form.text());
				default -> throw new RecordNotFoundException("task", id);
			}
		});
		return "redirect:/evaluation/tasks/" + id;
	}

	@GetMapping("/evaluation/tasks/export")
	ResponseEntity<byte[]> export(Viewer viewer) {
		return Downloads.xlsx(queries.perUnitXlsx(viewer), "nhiem-vu-theo-don-vi.xlsx");
	}
}
