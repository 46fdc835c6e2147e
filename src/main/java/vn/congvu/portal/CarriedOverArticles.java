package vn.congvu.portal;

import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.VietnameseText;

/**
 * Articles of a unit's former site (a ward's or district's before a merger) carried into its site, as the application
 * moves an old site's content: public at their original date, their views kept.
 */
@Service
@Transactional
public class CarriedOverArticles {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;

	CarriedOverArticles(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/** An article published earlier on a unit's former site, carried over with its date and its view count. */
	public record Archived(long unitId, String category, String title, String summary, String body,
			OffsetDateTime publishedAt, long views) {
	}

	/**
	 * Carries an article of an earlier site into the unit's site (a former ward's or district's archive included):
	 * public at its original date, marked as carried over, its views kept. Only the application itself does this,
	 * when it moves an old site's content.
	 */
	public long carryOver(Viewer viewer, Archived article) {
		NotPermittedException.unless(viewer.isSystem());
		OrgUnitView unit = units.find(article.unitId());
		String html = ArticleHtml.clean(article.body());
		Long category = jdbc.sql("""
				insert into portal.news_category (unit_id, name, position) values (:u, :n, 0)
				on conflict (unit_id, name) do update set name = excluded.name returning id""").param("u", unit.id())
			.param("n", article.category()).query(Long.class).single();
		String title = News.required(article.title(), "article.titleRequired", 300);
		long id = jdbc.sql("""
				insert into portal.article (unit_id, category_id, title, summary, body_html, state, publish_at, author,
				    author_name, reviewer_name, search_text, created_at, updated_at)
				values (:u, :c, :t, :s, :b, :state, :at, 'system', :name, :name, :search, :at, :at) returning id""")
			.param("state", ArticleState.SCHEDULED.name())
			.param("u", unit.id()).param("c", category).param("t", title).param("s", article.summary().strip())
			.param("b", html).param("at", article.publishedAt()).param("name", "Chuyển từ trang cũ")
			.param("search", VietnameseText.fold(title + " " + article.summary() + " " + ArticleHtml.text(html)))
			.query(Long.class).single();
		if (article.views() > 0) {
			jdbc.sql("insert into portal.article_view_day (article_id, day, views) values (:a, :d, :v)").param("a", id)
				.param("d", vn.congvu.shared.VietnameseDates.dayOf(article.publishedAt())).param("v", article.views())
				.update();
		}
		audit.record("article.carryOver", "article", id, null, Map.of("title", title, "unit", unit.id()));
		return id;
	}
}
