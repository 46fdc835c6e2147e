package vn.congvu.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StoredFiles;
import vn.congvu.platform.UploadedFile;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseText;

/**
 * The news as the public reads it: articles whose scheduled time has come, newest first, by site, category or
 * words (with or without diacritics); their pictures and attachments; what feeds and the sitemap list. Anything
 * not public answers "not found", whatever it is.
 */
@Service
@Transactional(readOnly = true)
public class PublishedNews {

	public static final int PAGE_SIZE = 12;

	private final JdbcClient jdbc;
	private final Clock clock;

	PublishedNews(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A line of a news list: no workflow details, no user names. */
	public record Summary(long id, long unitId, String unitName, String categoryName, String title, String summary,
			OffsetDateTime publishAt, OffsetDateTime updatedAt, @Nullable Long thumbnailId) {
	}

	/** A public article. */
	public record Story(long id, long unitId, String unitName, long categoryId, String categoryName, String title,
			String summary, String bodyHtml, @Nullable String imageAlt, OffsetDateTime publishAt,
			OffsetDateTime updatedAt, int version, @Nullable Long imageId, List<Attachment> attachments) {
	}

	public record Attachment(long id, String fileName, int sizeBytes) {
	}

	/** A page of a news list and whether more follow. */
	public record Page(List<Summary> rows, int page, boolean hasNext) {
	}

	private static final String PUBLIC = " a.state = 'SCHEDULED' and a.publish_at <= :now ";

	/** Public articles, of one site (null: every site) and category (null: all), matching the words if any. */
	public Page list(@Nullable Long unitId, @Nullable Long categoryId, @Nullable String words, int page) {
		int safePage = Math.clamp(page, 0, 10_000);
		String folded = words == null ? "" : VietnameseText.fold(words).strip();
		List<Summary> rows = jdbc.sql("""
				select a.id, a.unit_id, u.name as unit_name, c.name as category_name, a.title, a.summary, a.publish_at,
				       a.updated_at,
				       (select f.id from portal.article_file f where f.article_id = a.id and f.kind = 'THUMBNAIL')
				         as thumbnail_id
				from portal.article a
				join orgunit.published_unit u on u.id = a.unit_id
				join portal.news_category c on c.id = a.category_id
				where""" + PUBLIC + """
				  and (:unit < 0 or a.unit_id = :unit) and (:category < 0 or a.category_id = :category)
				  and (:words = '' or a.search_text like :pattern escape '\\')
				order by a.publish_at desc, a.id desc limit :limit offset :offset""")
			.param("now", OffsetDateTime.now(clock)).param("unit", unitId == null ? -1L : unitId)
			.param("category", categoryId == null ? -1L : categoryId).param("words", folded)
			.param("pattern", VietnameseText.likePattern(folded)).param("limit", PAGE_SIZE + 1)
			.param("offset", safePage * PAGE_SIZE).query(Rows.as(Summary.class)).list();
		return new Page(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)), safePage, rows.size() > PAGE_SIZE);
	}

	/** A public article. */
	public Story story(long id) {
		Story story = jdbc.sql("""
				select a.id, a.unit_id, u.name as unit_name, a.category_id, c.name as category_name, a.title,
				       a.summary, a.body_html, a.image_alt, a.publish_at, a.updated_at, a.version,
				       (select f.id from portal.article_file f where f.article_id = a.id and f.kind = 'IMAGE') as image_id
				from portal.article a
				join orgunit.published_unit u on u.id = a.unit_id
				join portal.news_category c on c.id = a.category_id
				where a.id = :id and""" + PUBLIC).param("id", id).param("now", OffsetDateTime.now(clock))
			.query((rs, n) -> new Story(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
					rs.getLong("category_id"), rs.getString("category_name"), rs.getString("title"),
					rs.getString("summary"), rs.getString("body_html"), rs.getString("image_alt"),
					rs.getObject("publish_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
					rs.getInt("version"), (Long) rs.getObject("image_id"), List.of()))
			.optional().orElseThrow(() -> new RecordNotFoundException("article", id));
		List<Attachment> attachments = jdbc.sql("""
				select id, file_name, size_bytes from portal.article_file where article_id = :id and kind = 'ATTACHMENT'
				order by id""").param("id", id).query(Rows.as(Attachment.class)).list();
		return new Story(story.id(), story.unitId(), story.unitName(), story.categoryId(), story.categoryName(),
				story.title(), story.summary(), story.bodyHtml(), story.imageAlt(), story.publishAt(),
				story.updatedAt(), story.version(), story.imageId(), attachments);
	}

	/** A picture or attachment of a public article. */
	public UploadedFile file(long id, long fileId) {
		boolean open = jdbc.sql("select exists (select 1 from portal.article a where a.id = :id and" + PUBLIC + ")")
			.param("id", id).param("now", OffsetDateTime.now(clock)).query(Boolean.class).single();
		if (!open) {
			throw new RecordNotFoundException("file", fileId);
		}
		return StoredFiles.load(jdbc, "portal.article_file", "article_id", id, fileId)
			.orElseThrow(() -> new RecordNotFoundException("file", fileId));
	}

	/** Every public article's address facts, newest first, for the sitemap. */
	public List<Summary> all(int limit) {
		return jdbc.sql("""
				select a.id, a.unit_id, '' as unit_name, '' as category_name, a.title, '' as summary, a.publish_at,
				       a.updated_at, null::bigint as thumbnail_id
				from portal.article a where""" + PUBLIC + " order by a.publish_at desc limit :limit")
			.param("now", OffsetDateTime.now(clock)).param("limit", Math.clamp(limit, 1, 50_000))
			.query(Rows.as(Summary.class)).list();
	}
}
