package vn.congvu.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkItems;

/** Articles waiting for the person's review (written by someone else), and their own drafts returned with a note. */
@Component
class PortalWork implements WorkItems {

	private final News news;

	PortalWork(News news) {
		this.news = news;
	}

	@Override
	public List<Item> itemsFor(Viewer viewer, LocalDate today) {
		if (!viewer.mayWriteNews()) {
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		if (viewer.mayReviewNews()) {
			news.inScope(viewer, ArticleState.IN_REVIEW).stream().filter(a -> !a.author().equals(viewer.username()))
				.forEach(a -> items.add(new Item("home.kind.articleReview", a.title() + " – " + a.unitName(),
						"/portal/news/" + a.id(), null, false)));
		}
		news.inScope(viewer, ArticleState.DRAFT).stream()
			.filter(a -> a.author().equals(viewer.username()) && a.reviewNote() != null)
			.forEach(a -> items.add(new Item("home.kind.articleReturned", a.title(), "/portal/news/" + a.id(), null,
					false)));
		return items;
	}
}
