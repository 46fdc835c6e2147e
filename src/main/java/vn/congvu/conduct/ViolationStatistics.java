package vn.congvu.conduct;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.CurrentUser;
import vn.congvu.shared.RecordNotFoundException;

/**
 * The violations dashboard: counts by unit (with the head they count against), month, article and severity, and the
 * filtered records a page at a time. Everything is grouped and paged in PostgreSQL, within the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class ViolationStatistics {

	public static final int PAGE_SIZE = 50;

	private static final String FROM = "from conduct.violation v join orgunit.org_unit u on u.id = v.unit_id ";

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

	public List<Count> byUnit(ViolationFilter filter) {
		return counts("""
				select u.id::text as key, u.name as label,
				       (select s.full_name from staff.assignment a join staff.staff_member s on s.id = a.staff_id
				        where a.unit_id = u.id and a.leadership = 'HEAD' and a.valid_to is null limit 1) as head,
				       count(*) as count
				""" + WHERE + " group by u.id, u.name order by count desc, u.name limit 100", filter);
	}

	public List<Count> byMonth(ViolationFilter filter) {
		return counts("select to_char(v.occurred_on, 'YYYY-MM') as key, to_char(v.occurred_on, 'MM/YYYY') as label, "
				+ "null as head, count(*) as count " + WHERE + " group by 1, 2 order by 1", filter);
	}

	public List<Count> byArticle(ViolationFilter filter) {
		return counts("""
				select coalesce(a.id::text, '') as key,
				       coalesce('Điều ' || a.number || '. ' || a.title, '') as label, null as head, count(*) as count
				""" + FROM + "left join conduct.code_article a on a.id = v.article_id " + FILTER
				+ " group by a.id, a.number, a.title order by count desc limit 50", filter);
	}

	public List<Count> bySeverity(ViolationFilter filter) {
		return counts("select v.severity as key, v.severity as label, null as head, count(*) as count " + WHERE
				+ " group by v.severity order by v.severity", filter);
	}

	/** One page (from 0) of the filtered records, newest first. */
	public Page page(ViolationFilter filter, int page) {
		long total = bind(jdbc.sql("select count(*) " + WHERE), filter).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		List<Violations.ViolationView> rows = bind(jdbc.sql(Violations.COLUMNS + FILTER
				+ " order by v.occurred_on desc, v.id desc limit :limit offset :offset"),
				filter).param("limit", PAGE_SIZE).param("offset", current * PAGE_SIZE)
			.query(Violations.ViolationView.class).list();
		return new Page(rows, total, current, pages);
	}

	/** Every filtered record, oldest first, for the spreadsheet (at most {@code limit}). */
	public void each(ViolationFilter filter, int limit, Consumer<Violations.ViolationView> row) {
		String sql = Violations.COLUMNS + FILTER + " order by v.occurred_on, v.id limit :limit";
		bind(jdbc.sql(sql), filter).param("limit", limit).query(Violations.ViolationView.class).stream()
			.forEach(row);
	}

	/** Confirmed or handled violations of the units a person headed at the time: they count against the head. */
	public long againstHead(long headStaffId, ViolationFilter filter) {
		return bind(jdbc.sql("select count(*) " + WHERE + """
				and v.status in ('CONFIRMED', 'HANDLED')
				and exists (select 1 from staff.assignment a where a.unit_id = v.unit_id and a.staff_id = :head
				  and a.leadership = 'HEAD' and a.valid_from <= v.occurred_on
				  and (a.valid_to is null or a.valid_to > v.occurred_on))"""), filter).param("head", headStaffId)
			.query(Long.class).single();
	}

	private List<Count> counts(String sql, ViolationFilter filter) {
		return new ArrayList<>(bind(jdbc.sql(sql), filter).query(Count.class).list());
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ViolationFilter filter) {
		if (!CurrentUser.get().role().oversees()) {
			throw new RecordNotFoundException("violationDashboard", 0);
		}
		String scope = units.currentUserScopePath();
		if (filter.unitId() != null) {
			String unitPath = units.scopePath(filter.unitId());
			scope = unitPath.startsWith(scope) ? unitPath : "/none/"; // a unit outside the scope shows nothing
		}
		return statement.param("scope", scope).param("from", filter.from()).param("to", filter.to())
			.param("severity", filter.severity() == null ? null : filter.severity().name())
			.param("article", filter.articleId())
			.param("status", filter.status() == null ? null : filter.status().name());
	}
}
