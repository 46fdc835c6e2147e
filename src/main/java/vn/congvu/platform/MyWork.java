package vn.congvu.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Việc của tôi: what every module asks of the person today, overdue first, then by due date. The home page lists
 * it; the header counts it on every page (read once per request), and the daily reminder mails it.
 */
@Service("myWork")
public class MyWork {

	static final Comparator<WorkItems.Item> ORDER = Comparator.comparing((WorkItems.Item item) -> !item.overdue())
		.thenComparing(WorkItems.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(WorkItems.Item::title);

	private static final String COUNTED = MyWork.class.getName() + ".count";

	private final List<WorkItems> sources;
	private final Clock clock;

	MyWork(List<WorkItems> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/** The person's work today, in order. */
	public List<WorkItems.Item> itemsFor(Viewer viewer) {
		LocalDate today = LocalDate.now(clock);
		List<WorkItems.Item> items = new ArrayList<>();
		sources.forEach(source -> items.addAll(source.itemsFor(viewer, today)));
		items.sort(ORDER);
		return items;
	}

	/** How many things wait for the signed-in person, for the header; computed once per request. */
	public int count(Viewer viewer) {
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		if (attributes != null && attributes.getAttribute(COUNTED, 0) instanceof Integer counted) {
			return counted;
		}
		int count = itemsFor(viewer).size();
		if (attributes != null) {
			attributes.setAttribute(COUNTED, count, 0);
		}
		return count;
	}
}
