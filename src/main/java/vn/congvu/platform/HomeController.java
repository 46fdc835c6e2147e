package vn.congvu.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Trang của tôi: the first page after signing in is the person's own work from every module, overdue first, then
 * by due date; then the usual ways into the modules. On a phone it is what comes first.
 */
@Controller
class HomeController {

	private final MyWork work;
	private final Clock clock;

	HomeController(MyWork work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Viewer viewer, Model model) {
		List<WorkItems.Item> items = work.itemsFor(viewer);
		model.addAttribute("items", items);
		model.addAttribute("overdue", items.stream().filter(WorkItems.Item::overdue).count());
		model.addAttribute("today", LocalDate.now(clock));
		return "platform/home";
	}
}
