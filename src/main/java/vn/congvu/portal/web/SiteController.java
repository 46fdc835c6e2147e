package vn.congvu.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congvu.feedback.SatisfactionQueries;
import vn.congvu.feedback.UnitContacts;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.UploadedFile;
import vn.congvu.portal.ArticleViews;
import vn.congvu.portal.PublishedNews;
import vn.congvu.portal.Sites;

/** The public sites: the directory, a site's home, its pages, the news lists and search, and an article. */
@Controller
class SiteController {

	private final Sites sites;
	private final PublishedNews news;
	private final ArticleViews views;
	private final UnitContacts contacts;
	private final SatisfactionQueries satisfaction;
	private final HarassmentReports reports;
	private final Clock clock;
	private final vn.congvu.platform.PublicAddress address;

	SiteController(Sites sites, PublishedNews news, ArticleViews views, UnitContacts contacts,
			SatisfactionQueries satisfaction, HarassmentReports reports, Clock clock, vn.congvu.platform.PublicAddress address) {
		this.sites = sites;
		this.news = news;
		this.views = views;
		this.contacts = contacts;
		this.satisfaction = satisfaction;
		this.reports = reports;
		this.clock = clock;
		this.address = address;
	}

	@GetMapping("/public/sites")
	String directory(Model model) {
		model.addAttribute("entries", sites.directory());
		model.addAttribute("latest", news.list(null, null, null, 0).rows());
		return "portal/sites";
	}

	@GetMapping("/public/sites/{unitId}")
	String site(@PathVariable long unitId, Model model) {
		Sites.Site site = sites.site(unitId);
		model.addAttribute("site", site);
		model.addAttribute("news", news.list(unitId, null, null, 0));
		model.addAttribute("contact", contacts.of(unitId).orElse(null));
		model.addAttribute("subSites", sites.subSites(unitId));
		model.addAttribute("successors", site.lineage().successors().stream().filter(s -> s.otherUnitId() != null)
			.toList());
		return "portal/site";
	}

	@GetMapping("/public/sites/{unitId}/pages/{slug}")
	String page(@PathVariable long unitId, @PathVariable String slug, Model model) {
		model.addAttribute("site", sites.site(unitId));
		model.addAttribute("page", sites.page(unitId, slug));
		return "portal/page";
	}

	@GetMapping("/public/news")
	String list(@RequestParam(required = false) @Nullable Long site,
			@RequestParam(required = false) @Nullable Long category, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("site", site == null ? null : sites.site(site));
		model.addAttribute("category", category);
		model.addAttribute("q", q.length() > 200 ? q.substring(0, 200) : q);
		model.addAttribute("news", news.list(site, category, q.length() > 200 ? q.substring(0, 200) : q, page));
		return "portal/news";
	}

	/**
	 * An article. Behind {@link ArticlePageCache} (anonymous readers) the page is rendered with a placeholder that
	 * the cache fills with the count; otherwise the view is counted here.
	 */
	@GetMapping("/public/news/{id}")
	String article(@PathVariable long id, HttpServletRequest request, Model model) {
		PublishedNews.Story story = news.story(id);
		model.addAttribute("story", story);
		model.addAttribute("site", sites.site(story.unitId()));
		if (request.getAttribute(ArticlePageCache.PLACEHOLDER_ATTRIBUTE) != null) {
			model.addAttribute("views", ArticlePageCache.PLACEHOLDER);
		}
		else if (!"HEAD".equals(request.getMethod())) { // a HEAD request reads no article: it is not a view
			views.count(id);
			model.addAttribute("views", String.format(LocaleContextHolder.getLocale(), "%,d", views.views(id)));
		}
		model.addAttribute("canonical", address.url("/public/news/" + id));
		model.addAttribute("imageUrl", story.imageId() == null ? null
				: address.url("/public/news/" + id + "/files/" + story.imageId()));
		model.addAttribute("related", news.list(story.unitId(), story.categoryId(), null, 0).rows().stream()
			.filter(s -> s.id() != id).limit(4).toList());
		return "portal/article";
	}

	@GetMapping("/public/news/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		UploadedFile file = news.file(id, fileId);
		return Downloads.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()), true);
	}

	/** Satisfaction and harassment-report figures per unit this year, from what the feedback module publishes. */
	@GetMapping("/public/figures")
	String figures(Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate from = today.withDayOfYear(1);
		List<SatisfactionQueries.Row> rows = satisfaction.publishedByUnit(from, today);
		model.addAttribute("satisfaction", rows);
		model.addAttribute("minimum", SatisfactionQueries.PUBLIC_MINIMUM);
		model.addAttribute("reports", reports.statistics(from, today));
		model.addAttribute("year", today.getYear());
		model.addAttribute("today", today);
		return "portal/figures";
	}
}
