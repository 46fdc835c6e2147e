package vn.congvu.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.Lineage;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseDates;

/**
 * Trang thông tin điện tử: every city, district, ward, commune, special zone and public service unit has a site with its own news
 * categories and pages. A unit that no longer exists (a ward merged in 2025) keeps its site as a read-only archive
 * that names its successors.
 */
@Service
@Transactional
public class Sites {

	static final Set<OrgUnitType> WITH_SITE = Set.of(OrgUnitType.PROVINCE, OrgUnitType.DISTRICT, OrgUnitType.WARD,
			OrgUnitType.COMMUNE, OrgUnitType.SPECIAL_ZONE, OrgUnitType.PUBLIC_SERVICE_UNIT);

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final Clock clock;

	Sites(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public record Category(long id, long unitId, String name) {
	}

	public record Page(long id, long unitId, String slug, String title, String bodyHtml, OffsetDateTime updatedAt) {
	}

	/** A site as the public sees it; {@code archive} when its unit no longer exists. */
	public record Site(OrgUnitView unit, boolean archive, Lineage lineage, List<Category> categories,
			List<Page> pages) {
	}

	/** A line of the sites' directory. */
	public record Entry(long unitId, String name, String type, int level, @Nullable LocalDate lastDay) {
	}

	/** Sites of units in operation today (tree order), then archives of former units that published anything. */
	@Transactional(readOnly = true)
	public List<Entry> directory() {
		return jdbc.sql("""
				select u.id as unit_id, u.name, u.type, u.level, u.valid_to - 1 as last_day
				from orgunit.published_unit u
				where u.type in ('PROVINCE', 'DISTRICT', 'WARD', 'COMMUNE', 'SPECIAL_ZONE', 'PUBLIC_SERVICE_UNIT')
				  and ((u.valid_from <= :today and (u.valid_to is null or u.valid_to > :today))
				       or exists (select 1 from portal.article a where a.unit_id = u.id and a.state = 'SCHEDULED'))
				order by (u.valid_to is not null and u.valid_to <= :today), u.path""")
			.param("today", today()).query(Rows.as(Entry.class)).list();
	}

	@Transactional(readOnly = true)
	public Site site(long unitId) {
		OrgUnitView unit = units.find(unitId);
		if (!WITH_SITE.contains(unit.type())) {
			throw new RecordNotFoundException("site", unitId);
		}
		return new Site(unit, !isOpen(unit), units.lineage(unitId), categories(unitId), pages(unitId));
	}

	/** The sites of the units directly under this one today. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> subSites(long unitId) {
		return units.children(unitId, today()).stream().filter(u -> WITH_SITE.contains(u.type())).toList();
	}

	/** Whether the unit's site takes new content: the unit exists today. */
	boolean isOpen(OrgUnitView unit) {
		return unit.validOn(today());
	}

	@Transactional(readOnly = true)
	public List<Category> categories(long unitId) {
		return jdbc.sql("select id, unit_id, name from portal.news_category where unit_id = :u order by position, name")
			.param("u", unitId).query(Rows.as(Category.class)).list();
	}

	boolean categoryOf(long unitId, long categoryId) {
		return jdbc.sql("select exists (select 1 from portal.news_category where id = :c and unit_id = :u)")
			.param("c", categoryId).param("u", unitId).query(Boolean.class).single();
	}

	/** Adds a news category to a site of the viewer's scope. */
	public long addCategory(Viewer viewer, long unitId, String name) {
		NotPermittedException.unless(viewer.mayReviewNews());
		OrgUnitView unit = openSite(viewer, unitId);
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("site.categoryRequired");
		}
		TextLimits.require(name, 150);
		Long id = jdbc.sql("""
				insert into portal.news_category (unit_id, name, position)
				values (:u, :n, (select coalesce(max(position), 0) + 1 from portal.news_category where unit_id = :u))
				on conflict (unit_id, name) do nothing returning id""").param("u", unit.id()).param("n", name.strip())
			.query(Long.class).optional().orElseThrow(() -> new InvalidInputException("site.categoryExists"));
		audit.record("site.category", "news_category", id, null, Map.of("unit", unit.id(), "name", name.strip()));
		return id;
	}

	@Transactional(readOnly = true)
	public List<Page> pages(long unitId) {
		return jdbc.sql("""
				select id, unit_id, slug, title, body_html, updated_at from portal.site_page where unit_id = :u
				order by position, title""").param("u", unitId).query(Rows.as(Page.class)).list();
	}

	@Transactional(readOnly = true)
	public Page page(long unitId, String slug) {
		return jdbc.sql("""
				select id, unit_id, slug, title, body_html, updated_at from portal.site_page
				where unit_id = :u and slug = :s""").param("u", unitId).param("s", slug).query(Rows.as(Page.class))
			.optional().orElseThrow(() -> new RecordNotFoundException("page", slug));
	}

	/** Writes (or rewrites) a page of a site of the viewer's scope; pages are public as soon as they are saved. */
	public void savePage(Viewer viewer, long unitId, String slug, String title, String body) {
		NotPermittedException.unless(viewer.mayReviewNews());
		OrgUnitView unit = openSite(viewer, unitId);
		String key = slug == null ? "" : slug.strip();
		if (!SLUG.matcher(key).matches() || key.length() > 80) {
			throw new InvalidInputException("site.slugInvalid");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("site.pageTitleRequired");
		}
		TextLimits.require(title, 300);
		String html = ArticleHtml.clean(body);
		jdbc.sql("""
				insert into portal.site_page (unit_id, slug, title, body_html, position, updated_by, updated_at)
				values (:u, :s, :t, :b, (select coalesce(max(position), 0) + 1 from portal.site_page where unit_id = :u),
				    :by, :at)
				on conflict (unit_id, slug) do update set title = excluded.title, body_html = excluded.body_html,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""").param("u", unit.id())
			.param("s", key).param("t", title.strip()).param("b", html).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).update();
		audit.record("site.page", "site_page", unit.id() + "/" + key, null, Map.of("title", title.strip()));
	}

	/** The sites of the viewer's scope that take content today, for editors' forms. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> editable(Viewer viewer) {
		if (!viewer.mayWriteNews()) {
			return List.of();
		}
		return units.tree(viewer, today()).stream().filter(u -> WITH_SITE.contains(u.type())).toList();
	}

	/** A unit of the viewer's scope whose site takes content today. */
	OrgUnitView openSite(Viewer viewer, long unitId) {
		OrgUnitView unit = units.find(viewer, unitId);
		requireOpen(unit);
		return unit;
	}

	void requireOpen(OrgUnitView unit) {
		if (!WITH_SITE.contains(unit.type())) {
			throw new RecordNotFoundException("site", unit.id());
		}
		if (!isOpen(unit)) {
			throw new InvalidInputException("site.archived", unit.name());
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnameseDates.VIETNAM));
	}
}
