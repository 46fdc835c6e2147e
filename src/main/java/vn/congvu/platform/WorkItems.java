package vn.congvu.platform;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a module asks of the signed-in person today ("việc của tôi"): explanations to write, cases to handle, visits
 * to make, reports, tasks and scorecards to act on, articles to review. Each module provides its own, within the
 * viewer's rights; the home page puts them together, those overdue first.
 */
public interface WorkItems {

	/**
	 * One thing to do. {@code kind} is a message key naming the kind of work in words; {@code link} is the page where
	 * it is done.
	 */
	record Item(String kind, String title, String link, @Nullable LocalDate due, boolean overdue) {
	}

	List<Item> itemsFor(Viewer viewer, LocalDate today);
}
