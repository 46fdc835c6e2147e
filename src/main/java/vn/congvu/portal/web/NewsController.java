package vn.congvu.portal.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.portal.ArticleState;
import vn.congvu.portal.News;
import vn.congvu.portal.Sites;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.VietnameseDates;

/** The editors' side of the portal: articles through their workflow, and each site's categories and pages. */
@Controller
class NewsController {

	private final News news;
	private final Sites sites;
	private final Clock clock;

	NewsController(News news, Sites sites, Clock clock) {
		this.news = news;
		this.sites = sites;
		this.clock = clock;
	}

	/** What the article form holds, kept when a save is refused so that nothing typed is lost. */
	record ArticleForm(long unitId, long categoryId, String title, String summary, String body, String imageAlt,
			int version) {
	}

	@GetMapping("/portal/news")
	String list(Viewer viewer, @RequestParam(defaultValue = "") String state, Model model) {
		NotPermittedException.unless(viewer.mayWriteNews());
		ArticleState known = ArticleState.named(state);
		model.addAttribute("articles", news.inScope(viewer, known));
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("state", known == null ? "" : known.name());
		model.addAttribute("states", ArticleState.values());
		return "portal/news-list";
	}

	@GetMapping("/portal/news/new")
	String create(Viewer viewer, @RequestParam(defaultValue = "0") long unitId, Model model) {
		NotPermittedException.unless(viewer.mayWriteNews());
		return form(viewer, model, new ArticleForm(unitId, 0, "", "", "", "", 0), null);
	}

	@PostMapping("/portal/news")
	String write(Viewer viewer, @Valid NewsForms.Write sent,
			@RequestPart(name = "image", required = false) @Nullable List<MultipartFile> image,
			@RequestPart(name = "attachments", required = false) @Nullable List<MultipartFile> attachments, Model model,
			RedirectAttributes redirect) {
		ArticleForm form = new ArticleForm(sent.unitId(), sent.categoryId(), sent.title(), sent.summary(), sent.body(),
				sent.imageAlt(), 0);
		try {
			long id = news.write(viewer, draft(form, image, attachments));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/portal/news/" + id;
		}
		catch (InvalidInputException ex) {
			return form(viewer, model, form, ex);
		}
	}

	@GetMapping("/portal/news/{id}")
	String show(Viewer viewer, @PathVariable long id, Model model) {
		News.Article article = news.find(viewer, id);
		model.addAttribute("article", article);
		model.addAttribute("isPublic", article.isPublicAt(OffsetDateTime.now(clock)));
		model.addAttribute("access", news.access(viewer, article));
		return "portal/news-detail";
	}

	@GetMapping("/portal/news/{id}/edit")
	String edit(Viewer viewer, @PathVariable long id, Model model) {
		News.Article a = news.find(viewer, id);
		model.addAttribute("articleId", id);
		return form(viewer, model, new ArticleForm(a.unitId(), a.categoryId(), a.title(), a.summary(), a.bodyHtml(),
				a.imageAlt() == null ? "" : a.imageAlt(), a.version()), null);
	}

	@PostMapping("/portal/news/{id}")
	String save(Viewer viewer, @PathVariable long id, @Valid NewsForms.Save sent,
			@RequestPart(name = "image", required = false) @Nullable List<MultipartFile> image,
			@RequestPart(name = "attachments", required = false) @Nullable List<MultipartFile> attachments, Model model,
			RedirectAttributes redirect) {
		News.Article article = news.find(viewer, id);
		ArticleForm form = new ArticleForm(article.unitId(), sent.categoryId(), sent.title(), sent.summary(),
				sent.body(), sent.imageAlt(), sent.version());
		try {
			news.edit(viewer, id, sent.version(), draft(form, image, attachments));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/portal/news/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("articleId", id);
			return form(viewer, model, form, ex);
		}
	}

	@PostMapping("/portal/news/{id}/submit")
	String submit(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "step", "moved", () -> news.submit(viewer, id));
		return "redirect:/portal/news/" + id;
	}

	@PostMapping("/portal/news/{id}/approve")
	String approve(Viewer viewer, @PathVariable long id, @Valid NewsForms.Approve form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "step", "moved", () -> news.approve(viewer, id, when(form.publishOn(),
				form.publishTime())));
		return "redirect:/portal/news/" + id;
	}

	@PostMapping("/portal/news/{id}/return")
	String returnToEditor(Viewer viewer, @PathVariable long id, @Valid NewsForms.ReturnToEditor form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "step", "moved", () -> news.returnToEditor(viewer, id, form.note()));
		return "redirect:/portal/news/" + id;
	}

	@PostMapping("/portal/news/{id}/unpublish")
	String unpublish(Viewer viewer, @PathVariable long id, @Valid NewsForms.Unpublish form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "step", "moved", () -> news.unpublish(viewer, id, form.reason()));
		return "redirect:/portal/news/" + id;
	}

	@GetMapping("/portal/news/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(Viewer viewer, @PathVariable long id, @PathVariable long fileId) {
		UploadedFile file = news.file(viewer, id, fileId);
		return Downloads.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()), true);
	}

	@GetMapping("/portal/sites")
	String sites(Viewer viewer, @RequestParam(defaultValue = "0") long unitId, Model model) {
		NotPermittedException.unless(viewer.mayWriteNews());
		List<vn.congvu.orgunit.OrgUnitView> editable = sites.editable(viewer);
		model.addAttribute("editable", editable);
		long chosen = editable.stream().anyMatch(u -> u.id() == unitId) ? unitId
				: editable.isEmpty() ? 0 : editable.get(0).id();
		if (chosen > 0) {
			model.addAttribute("site", sites.site(chosen));
		}
		model.addAttribute("mayReview", viewer.mayReviewNews());
		return "portal/sites-manage";
	}

	@PostMapping("/portal/sites/{unitId}/categories")
	String addCategory(Viewer viewer, @PathVariable long unitId, @Valid NewsForms.AddCategory form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "site", "saved", () -> sites.addCategory(viewer, unitId, form.name()));
		return "redirect:/portal/sites?unitId=" + unitId;
	}

	@PostMapping("/portal/sites/{unitId}/pages")
	String savePage(Viewer viewer, @PathVariable long unitId, @Valid NewsForms.SavePage form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "site", "saved", () -> sites.savePage(viewer, unitId, form.slug(), form.title(),
				form.body()));
		return "redirect:/portal/sites?unitId=" + unitId;
	}

	private String form(Viewer viewer, Model model, ArticleForm form, @Nullable InvalidInputException error) {
		List<vn.congvu.orgunit.OrgUnitView> editable = sites.editable(viewer);
		long unitId = editable.stream().anyMatch(u -> u.id() == form.unitId()) ? form.unitId()
				: editable.isEmpty() ? 0 : editable.get(0).id();
		model.addAttribute("form", new ArticleForm(unitId, form.categoryId(), form.title(), form.summary(),
				form.body(), form.imageAlt(), form.version()));
		model.addAttribute("editable", editable);
		model.addAttribute("categories", unitId == 0 ? List.of() : sites.categories(unitId));
		if (error != null) {
			model.addAttribute("articleError", error.messageKey());
			model.addAttribute("articleErrorArgs", error.arguments());
		}
		return "portal/news-form";
	}

	private static News.Draft draft(ArticleForm form, @Nullable List<MultipartFile> image,
			@Nullable List<MultipartFile> attachments) {
		List<UploadedFile> images = UploadedFile.allOf(image);
		return new News.Draft(form.unitId(), form.categoryId(), form.title(), form.summary(), form.body(),
				form.imageAlt(), images.isEmpty() ? null : images.get(0), UploadedFile.allOf(attachments));
	}

	private static @Nullable OffsetDateTime when(String day, String time) {
		if (day.isBlank()) {
			return null;
		}
		LocalDate date = VietnameseDates.parse(day, LocalDate.MIN);
		LocalTime at;
		try {
			at = time.isBlank() ? LocalTime.of(7, 0) : LocalTime.parse(time.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("article.publishDate");
		}
		return date.atTime(at).atZone(VietnameseDates.VIETNAM).toOffsetDateTime();
	}
}
