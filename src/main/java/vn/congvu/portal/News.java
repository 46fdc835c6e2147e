package vn.congvu.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StoredFiles;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseText;

/**
 * Tin bài: the editorial workflow of a site's news. An editor writes an article for a unit of their scope and sends
 * it for review; a reviewer who did not write it schedules it (public from the chosen time) or returns it with a
 * note; a reviewer can unpublish it, with the reason. Only drafts and unpublished articles are edited, and each
 * edit carries the version it started from, so that two editors never overwrite each other unseen.
 */
@Service
@Transactional
public class News {

	static final int IMAGE_SIDE = 1200;
	static final int THUMBNAIL_SIDE = 480;
	static final int MAX_ATTACHMENTS = 5;

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final Sites sites;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	News(JdbcClient jdbc, OrgUnitQueries units, Sites sites, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.sites = sites;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** What an editor writes; the picture and attachments are optional, and replace earlier ones when given. */
	public record Draft(long unitId, long categoryId, String title, String summary, String body,
			@Nullable String imageAlt, @Nullable UploadedFile image, List<UploadedFile> attachments) {
	}

	/** An article as its editors and reviewers see it. */
	public record Article(long id, long unitId, String unitName, long categoryId, String categoryName, String title,
			String summary, String bodyHtml, @Nullable String imageAlt, ArticleState state,
			@Nullable OffsetDateTime publishAt, String author, String authorName, @Nullable String reviewerName,
			@Nullable String reviewNote, OffsetDateTime updatedAt, int version, @Nullable Long imageId) {

		/** Public now: scheduled, and its time has come. */
		public boolean isPublicAt(OffsetDateTime now) {
			return state == ArticleState.SCHEDULED && publishAt != null && !publishAt.isAfter(now);
		}
	}

	/** Sent when an article's public text or state changes, so that cached pages are dropped. */
	public record ArticleChanged(long articleId) {
	}

	static final String SELECT = """
			select a.id, a.unit_id, u.name as unit_name, a.category_id, c.name as category_name, a.title, a.summary,
			       a.body_html, a.image_alt, a.state, a.publish_at, a.author, a.author_name, a.reviewer_name,
			       a.review_note, a.updated_at, a.version,
			       (select f.id from portal.article_file f where f.article_id = a.id and f.kind = 'IMAGE') as image_id
			from portal.article a
			join orgunit.published_unit u on u.id = a.unit_id
			join portal.news_category c on c.id = a.category_id
			""";

	public long write(Viewer viewer, Draft draft) {
		NotPermittedException.unless(viewer.mayWriteNews());
		OrgUnitView unit = sites.openSite(viewer, draft.unitId());
		Checked checked = check(unit, draft);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = jdbc.sql("""
				insert into portal.article (unit_id, category_id, title, summary, body_html, image_alt, state, author,
				    author_name, search_text, created_at, updated_at)
				values (:u, :c, :t, :s, :b, :alt, 'DRAFT', :user, :name, :search, :now, :now) returning id""")
			.param("u", unit.id()).param("c", draft.categoryId()).param("t", checked.title())
			.param("s", checked.summary()).param("b", checked.html()).param("alt", checked.imageAlt())
			.param("user", viewer.username()).param("name", viewer.displayName()).param("search", checked.search())
			.param("now", now).query(Long.class).single();
		storeFiles(id, draft);
		audit.record("article.write", "article", id, null, Map.of("title", checked.title(), "unit", unit.id()));
		return id;
	}

	/** Saves an edit of a draft (or an unpublished article, which becomes a draft again). */
	public void edit(Viewer viewer, long id, int version, Draft draft) {
		NotPermittedException.unless(viewer.mayWriteNews());
		Article article = find(viewer, id);
		if (!access(viewer, article).mayEdit()) {
			throw new InvalidInputException("article.notEditable");
		}
		OrgUnitView unit = units.find(viewer, article.unitId());
		Checked checked = check(unit, new Draft(unit.id(), draft.categoryId(), draft.title(), draft.summary(),
				draft.body(), draft.imageAlt(), draft.image(), draft.attachments()));
		int changed = jdbc.sql("""
				update portal.article set category_id = :c, title = :t, summary = :s, body_html = :b, image_alt = :alt,
				    search_text = :search, state = 'DRAFT', updated_at = :now, version = version + 1
				where id = :id and version = :v""").param("c", draft.categoryId()).param("t", checked.title())
			.param("s", checked.summary()).param("b", checked.html()).param("alt", checked.imageAlt())
			.param("search", checked.search()).param("now", OffsetDateTime.now(clock)).param("id", id)
			.param("v", version).update();
		if (changed == 0) {
			throw new InvalidInputException("article.changedMeanwhile");
		}
		if (draft.image() != null) {
			jdbc.sql("delete from portal.article_file where article_id = :id and kind in ('IMAGE', 'THUMBNAIL')")
				.param("id", id).update();
		}
		if (!draft.attachments().isEmpty()) {
			jdbc.sql("delete from portal.article_file where article_id = :id and kind = 'ATTACHMENT'").param("id", id)
				.update();
		}
		storeFiles(id, draft);
		audit.record("article.edit", "article", id, Map.of("title", article.title(), "state", article.state().name()),
				Map.of("title", checked.title(), "state", "DRAFT"));
		events.publishEvent(new ArticleChanged(id));
	}

	/** Sends a draft for review. */
	public void submit(Viewer viewer, long id) {
		NotPermittedException.unless(viewer.mayWriteNews());
		move(viewer, find(viewer, id), ArticleState.DRAFT, ArticleState.IN_REVIEW, null, null);
	}

	/** Schedules an article in review: public from {@code publishAt} (now when empty); not by its own author. */
	public void approve(Viewer viewer, long id, @Nullable OffsetDateTime publishAt) {
		NotPermittedException.unless(viewer.mayReviewNews());
		Article article = find(viewer, id);
		if (article.state() == ArticleState.IN_REVIEW && !access(viewer, article).mayReview()) {
			throw new InvalidInputException("article.ownArticle");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (publishAt != null && publishAt.isBefore(now.minusMinutes(1))) {
			throw new InvalidInputException("article.publishInPast");
		}
		move(viewer, article, ArticleState.IN_REVIEW, ArticleState.SCHEDULED, publishAt == null ? now : publishAt, null);
	}

	/** Returns an article in review to its editor, with what to change. */
	public void returnToEditor(Viewer viewer, long id, String note) {
		NotPermittedException.unless(viewer.mayReviewNews());
		move(viewer, find(viewer, id), ArticleState.IN_REVIEW, ArticleState.DRAFT, null,
				TextLimits.requireReason(note, "article.noteRequired", 1_000));
	}

	/** Takes a scheduled or public article off the site, with the reason. */
	public void unpublish(Viewer viewer, long id, String reason) {
		NotPermittedException.unless(viewer.mayReviewNews());
		move(viewer, find(viewer, id), ArticleState.SCHEDULED, ArticleState.UNPUBLISHED, null,
				TextLimits.requireReason(reason, "article.noteRequired", 1_000));
	}

	/** What {@code viewer} may do with {@code article} (one of their scope). */
	public ArticleAccess access(Viewer viewer, Article article) {
		return ArticleAccess.of(viewer, article);
	}

	private void move(Viewer viewer, Article article, ArticleState from, ArticleState to,
			@Nullable OffsetDateTime publishAt, @Nullable String note) {
		if (!from.canBecome(to)) {
			throw new IllegalArgumentException("An article never moves from " + from + " to " + to);
		}
		boolean reviewing = from.reviewersDecision(to);
		int changed = jdbc.sql("""
				update portal.article set state = :to, publish_at = coalesce(:at, publish_at),
				    reviewer_name = case when :reviewing then :name else reviewer_name end,
				    review_note = case when :reviewing then :note else review_note end, updated_at = :now
				where id = :id and state = :from""").param("to", to.name()).param("at", publishAt)
			.param("reviewing", reviewing).param("name", viewer.displayName()).param("note", note)
			.param("now", OffsetDateTime.now(clock)).param("id", article.id()).param("from", from.name()).update();
		if (changed == 0) {
			throw new InvalidInputException("article.wrongState");
		}
		Map<String, Object> after = new java.util.LinkedHashMap<>(Map.of("state", to.name()));
		if (publishAt != null) {
			after.put("publishAt", publishAt.toString());
		}
		if (note != null) {
			after.put("note", note);
		}
		audit.record("article." + to.name().toLowerCase(Locale.ROOT), "article", article.id(),
				Map.of("state", from.name()), after);
		events.publishEvent(new ArticleChanged(article.id()));
	}

	/** Articles of the viewer's scope, those waiting for review first, then the newest. */
	@Transactional(readOnly = true)
	public List<Article> inScope(Viewer viewer, @Nullable ArticleState state) {
		NotPermittedException.unless(viewer.mayWriteNews());
		return jdbc.sql(SELECT + """
				where u.path like :scope || '%' and (:state = '' or a.state = :state)
				order by (a.state = 'IN_REVIEW') desc, a.updated_at desc, a.id desc limit 300""")
			.param("scope", viewer.scopePath()).param("state", state == null ? "" : state.name())
			.query(Rows.as(Article.class)).list();
	}

	@Transactional(readOnly = true)
	public Article find(Viewer viewer, long id) {
		NotPermittedException.unless(viewer.mayWriteNews());
		return jdbc.sql(SELECT + " where a.id = :id and u.path like :scope || '%'").param("id", id)
			.param("scope", viewer.scopePath()).query(Rows.as(Article.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("article", id));
	}

	/** A picture or attachment of an article of the viewer's scope, whatever its state (for the preview). */
	@Transactional(readOnly = true)
	public UploadedFile file(Viewer viewer, long id, long fileId) {
		find(viewer, id);
		return StoredFiles.load(jdbc, "portal.article_file", "article_id", id, fileId)
			.orElseThrow(() -> new RecordNotFoundException("file", fileId));
	}

	private record Checked(String title, String summary, String html, @Nullable String imageAlt, String search) {
	}

	private Checked check(OrgUnitView unit, Draft draft) {
		sites.requireOpen(unit);
		if (!sites.categoryOf(unit.id(), draft.categoryId())) {
			throw new InvalidInputException("article.categoryRequired");
		}
		String title = required(draft.title(), "article.titleRequired", 300);
		String html = ArticleHtml.clean(draft.body());
		String text = ArticleHtml.text(html);
		String summary = draft.summary() == null || draft.summary().isBlank()
				? (text.length() > 300 ? text.substring(0, 297) + "…" : text) : draft.summary().strip();
		TextLimits.require(summary, 1_000);
		String alt = draft.imageAlt() == null || draft.imageAlt().isBlank() ? null : draft.imageAlt().strip();
		if (alt != null) {
			TextLimits.require(alt, 300);
		}
		if (draft.image() != null && alt == null) {
			throw new InvalidInputException("article.imageAltRequired");
		}
		if (draft.image() != null) {
			draft.image().asWebPhoto(IMAGE_SIDE); // refused before anything is written
		}
		if (draft.attachments().size() > MAX_ATTACHMENTS) {
			throw new InvalidInputException("article.tooManyAttachments", MAX_ATTACHMENTS);
		}
		return new Checked(title, summary, html, alt,
				VietnameseText.fold(title + " " + summary + " " + text));
	}

	private void storeFiles(long id, Draft draft) {
		if (draft.image() != null) {
			storeImage(id, "IMAGE", draft.image().asWebPhoto(IMAGE_SIDE));
			storeImage(id, "THUMBNAIL", draft.image().asWebPhoto(THUMBNAIL_SIDE));
		}
		StoredFiles.store(jdbc, "portal.article_file", "article_id", id, draft.attachments());
	}

	private void storeImage(long id, String kind, UploadedFile file) {
		jdbc.sql("""
				insert into portal.article_file (article_id, kind, file_name, content_type, size_bytes, sha256, content)
				values (:a, :k, :n, :t, :s, :sha, :c)""").param("a", id).param("k", kind).param("n", file.fileName())
			.param("t", file.contentType()).param("s", file.content().length).param("sha", file.sha256())
			.param("c", file.content()).update();
	}

	static String required(@Nullable String text, String key, int max) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(key);
		}
		TextLimits.require(text, max);
		return text.strip();
	}
}
