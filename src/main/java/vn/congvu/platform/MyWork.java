package vn.congvu.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Việc của tôi: what every module asks of the person today, overdue first, then by due date. The home page lists
 * it, the header counts it on every page (a count at most a minute old), and the daily reminder mails it.
 */
@Service("myWork")
public class MyWork {

	static final Comparator<WorkItems.Item> ORDER = Comparator.comparing((WorkItems.Item item) -> !item.overdue())
		.thenComparing(WorkItems.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(WorkItems.Item::title);

	/** How long the header's count may be old: it is a hint, the home page is always fresh. */
	private static final long COUNT_FOR_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

	private record Counted(int count, long atNanos) {
	}

	private final List<WorkItems> sources;
	private final Clock clock;
	private final java.util.Map<String, Counted> counts = new java.util.concurrent.ConcurrentHashMap<>();

	MyWork(List<WorkItems> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/** The person's work today, in order (and the header's count, brought up to date). */
	public List<WorkItems.Item> itemsFor(Viewer viewer) {
		return itemsFor(viewer, LocalDate.now(clock));
	}

	/** The person's work as of {@code today}, in order. */
	public List<WorkItems.Item> itemsFor(Viewer viewer, LocalDate today) {
		List<WorkItems.Item> items = new ArrayList<>();
		sources.forEach(source -> items.addAll(source.itemsFor(viewer, today)));
		items.sort(ORDER);
		counts.put(viewer.username(), new Counted(items.size(), System.nanoTime()));
		return items;
	}

	/**
	 * How many things wait for the signed-in person, for the header of every page: counted at most once a minute per
	 * person, so that pages do not pay for every module's queries each time.
	 */
	public int count(Viewer viewer) {
		Counted counted = counts.get(viewer.username());
		if (counted != null && System.nanoTime() - counted.atNanos() < COUNT_FOR_NANOS) {
			return counted.count();
		}
		return itemsFor(viewer).size();
	}
}
