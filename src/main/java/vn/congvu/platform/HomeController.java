package vn.congvu.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

	private static final Comparator<WorkItems.Item> ORDER = Comparator
		.comparing((WorkItems.Item item) -> !item.overdue())
		.thenComparing(WorkItems.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(WorkItems.Item::title);

	private final List<WorkItems> sources;
	private final Clock clock;

	HomeController(List<WorkItems> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Viewer viewer, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<WorkItems.Item> items = new ArrayList<>();
		sources.forEach(source -> items.addAll(source.itemsFor(viewer, today)));
		items.sort(ORDER);
		model.addAttribute("items", items);
		model.addAttribute("overdue", items.stream().filter(WorkItems.Item::overdue).count());
		model.addAttribute("today", today);
		return "platform/home";
	}
}
