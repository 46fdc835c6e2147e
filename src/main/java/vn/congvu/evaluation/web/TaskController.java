package vn.congvu.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.evaluation.NewTask;
import vn.congvu.evaluation.TaskOrigin;
import vn.congvu.evaluation.TaskQueries;
import vn.congvu.evaluation.Tasks;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

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

	/** The assignment form as typed; a day or a unit that cannot be read is a field error of its own. */
	record AssignmentForm(@Nullable Long unitId, @Nullable String title, @Nullable String expectedProduct,
			@Nullable String ownerCode, @Nullable String coworkerCodes, @Nullable String steps,
			@Nullable TaskOrigin origin, @Nullable String originRef, @Nullable LocalDate dueOn) {

		NewTask task() {
			List<String> coworkers = Arrays.stream((coworkerCodes == null ? "" : coworkerCodes).split("[,;\\s]+"))
				.filter(c -> !c.isBlank())
				.toList();
			return new NewTask(unitId == null ? 0 : unitId, text(ownerCode), coworkers, text(title),
					text(expectedProduct), steps, origin == null ? TaskOrigin.DIRECTIVE : origin, originRef, dueOn);
		}

		private static String text(@Nullable String typed) {
			return typed == null ? "" : typed;
		}
	}

	@PostMapping("/evaluation/tasks")
	String assign(Viewer viewer, @ModelAttribute AssignmentForm form, BindingResult binding,
			RedirectAttributes redirect) {
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
	String act(Viewer viewer, @PathVariable long id, @PathVariable String action,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) @Nullable Integer percent,
			@RequestParam(defaultValue = "") String ownerCode, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "task", "saved", () -> {
			switch (action) {
				case "progress" -> tasks.reportProgress(viewer, id, percent == null ? -1 : percent, text);
				case "submit" -> tasks.submit(viewer, id, text);
				case "accept" -> tasks.accept(viewer, id);
				case "send-back" -> tasks.sendBack(viewer, id, text);
				case "reassign" -> tasks.reassign(viewer, id, ownerCode, text);
				case "objective-cause" -> tasks.acceptObjectiveCause(viewer, id, text);
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
