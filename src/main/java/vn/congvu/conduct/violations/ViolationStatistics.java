package vn.congvu.conduct.violations;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.CustomPlans;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;

/**
 * The violations dashboard: counts by unit (with the head they count against), month, article and severity, and the
 * filtered records a page at a time. Everything is grouped and paged in PostgreSQL, within the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class ViolationStatistics {

	public static final int PAGE_SIZE = 50;

	private static final String FROM = "from conduct.violation v join orgunit.published_unit u on u.id = v.unit_id ";

	private static final String FILTER = """
			where u.path like :scope || '%' and v.occurred_on between :from and :to
			  and (cast(:severity as varchar) is null or v.severity = :severity)
			  and (cast(:article as bigint) is null or v.article_id = :article)
			  and (case when cast(:status as varchar) is null then v.status <> 'DISMISSED' else v.status = :status end)
			""";

	private static final String WHERE = FROM + FILTER;

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;

	ViolationStatistics(JdbcClient jdbc, OrgUnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** A group and its count; {@code key} is what drill-down filters by. */
	public record Count(String key, String label, @Nullable String head, long count) {
	}

	public record Page(List<Violations.ViolationView> rows, long total, int page, int pages) {
	}

	/** The dashboard's figures: the groups by unit, month, article and severity, and the total. */
	public record Summary(List<Count> byUnit, List<Count> byMonth, List<Count> byArticle, List<Count> bySeverity,
			long total) {
	}

	private record Group(int kind, @Nullable String key, @Nullable String label, @Nullable String head, long count) {
	}

	/**
	 * All groups in one pass over the filtered violations (grouping sets), then named: the unit with its current
	 * head, the month as MM/yyyy, the article's number and title.
	 */
	public Summary summary(Viewer viewer, ViolationFilter filter) {
		List<Group> groups = CustomPlans.run(jdbc, () -> bind(viewer, jdbc.sql("""
				with g as (
				  select grouping(v.unit_id, date_trunc('month', v.occurred_on), v.article_id, v.severity) as kind,
				         v.unit_id, date_trunc('month', v.occurred_on)::date as month, v.article_id, v.severity,
				         count(*) as count
				  """ + WHERE + """
				  group by grouping sets ((v.unit_id), (date_trunc('month', v.occurred_on)), (v.article_id),
				                          (v.severity), ()))
				select g.kind,
				       case g.kind when 7 then g.unit_id::text when 11 then to_char(g.month, 'YYYY-MM')
				                   when 13 then coalesce(g.article_id::text, '') when 14 then g.severity end as key,
				       case g.kind when 7 then u.name when 11 then to_char(g.month, 'MM/YYYY')
				                   when 13 then coalesce('Điều ' || a.number || '. ' || a.title, '')
				                   when 14 then g.severity end as label,
				       case when g.kind = 7 then (select s.full_name from staff.published_assignment h
				            join staff.published_member s on s.id = h.staff_id
				            where h.unit_id = g.unit_id and h.leadership = 'HEAD' and h.valid_to is null limit 1) end as head,
				       g.count
				from g left join orgunit.published_unit u on u.id = g.unit_id and g.kind = 7
				left join conduct.code_article a on a.id = g.article_id and g.kind = 13
				order by g.kind, g.count desc, key"""), filter).query(Rows.as(Group.class)).list());
		return new Summary(counts(groups, 7, 100), counts(groups, 11, Integer.MAX_VALUE).stream()
			.sorted(java.util.Comparator.comparing(Count::key)).toList(), counts(groups, 13, 50),
				counts(groups, 14, 10).stream().sorted(java.util.Comparator.comparing(Count::key)).toList(),
				groups.stream().filter(g -> g.kind() == 15).mapToLong(Group::count).sum());
	}

	private static List<Count> counts(List<Group> groups, int kind, int limit) {
		return groups.stream().filter(g -> g.kind() == kind).limit(limit)
			.map(g -> new Count(g.key(), g.label(), g.head(), g.count())).toList();
	}

	/** One page (from 0) of the filtered records, newest first. */
	public Page page(Viewer viewer, ViolationFilter filter, int page) {
		return page(viewer, filter, page, CustomPlans.run(jdbc,
				() -> bind(viewer, jdbc.sql("select count(*) " + WHERE), filter).query(Long.class).single()));
	}

	/** As {@link #page(Viewer, ViolationFilter, int)} when the total is already known (from {@link #summary}). */
	public Page page(Viewer viewer, ViolationFilter filter, int page, long total) {
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		List<Violations.ViolationView> rows = CustomPlans.run(jdbc, () -> bind(viewer, jdbc.sql(Violations.COLUMNS
				+ FILTER + " order by v.occurred_on desc, v.id desc limit :limit offset :offset"), filter)
			.param("limit", PAGE_SIZE).param("offset", current * PAGE_SIZE)
			.query(Rows.as(Violations.ViolationView.class)).list());
		return new Page(rows, total, current, pages);
	}

	/** Every filtered record, oldest first, for the spreadsheet (at most {@code limit}). */
	public void each(Viewer viewer, ViolationFilter filter, int limit, Consumer<Violations.ViolationView> row) {
		String sql = Violations.COLUMNS + FILTER + " order by v.occurred_on, v.id limit :limit";
		CustomPlans.run(jdbc, () -> {
			bind(viewer, jdbc.sql(sql), filter).param("limit", limit).query(Rows.as(Violations.ViolationView.class))
				.stream().forEach(row);
			return null;
		});
	}

	/** Confirmed or handled violations of the units a person headed at the time: they count against the head. */
	public long againstHead(Viewer viewer, long headStaffId, ViolationFilter filter) {
		return CustomPlans.run(jdbc, () -> bind(viewer, jdbc.sql("select count(*) " + WHERE + """
				and v.status in ('CONFIRMED', 'HANDLED')
				and exists (select 1 from staff.published_assignment a where a.unit_id = v.unit_id and a.staff_id = :head
				  and a.leadership = 'HEAD' and a.valid_from <= v.occurred_on
				  and (a.valid_to is null or a.valid_to > v.occurred_on))"""), filter).param("head", headStaffId)
			.query(Long.class).single());
	}

	private JdbcClient.StatementSpec bind(Viewer viewer, JdbcClient.StatementSpec statement, ViolationFilter filter) {
		if (!viewer.mayReadDashboard()) {
			throw new RecordNotFoundException("violationDashboard", 0);
		}
		// The optional filters make a generic plan a poor fit (it cannot know which are set), and PostgreSQL switches
		// to one after a few executions of a prepared statement; each caller runs its query through CustomPlans.
		String scope = viewer.scopePath();
		if (filter.unitId() != null) {
			String unitPath = units.pathOf(filter.unitId());
			scope = unitPath.startsWith(scope) ? unitPath : "/none/"; // a unit outside the scope shows nothing
		}
		return statement.param("scope", scope).param("from", filter.from()).param("to", filter.to())
			.param("severity", filter.severity() == null ? null : filter.severity().name())
			.param("article", filter.articleId())
			.param("status", filter.status() == null ? null : filter.status().name());
	}
}
