package vn.congvu.feedback;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.CustomPlans;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;

/**
 * Satisfaction figures for officers: per unit, desk, officer and month, over a period, within a scope (a materialised
 * unit path, the viewer's). Officers' own figures appear only from a minimum number of ratings, so one or two answers never label a
 * person.
 */
@Service
@Transactional(readOnly = true)
public class SatisfactionQueries {

	static final ZoneId VIETNAM = vn.congvu.shared.VietnameseDates.VIETNAM;

	/**
	 * The counts of a period, kept in advance by the database as answers are written: whole months from
	 * {@code feedback.rating_month}, the days of partial months from {@code feedback.rating_day}; bursts and reasons
	 * left out. Each survey asks one question per element, so the answers to an element are the ratings that
	 * answered it.
	 */
	private static final String SOURCE = """
			select unit_id, service_point_id, staff_id, element, month, answers, satisfied
			from feedback.rating_month
			where month >= :fullFrom and month < :fullTo and not burst and element <> 'REASON'
			union all
			select unit_id, service_point_id, staff_id, element, date_trunc('month', day)::date, answers, satisfied
			from feedback.rating_day
			where ((day >= :from and day < :fullFrom) or (day >= :fullTo and day <= :to))
			  and not burst and element <> 'REASON'
			""";

	private static final String COUNTS = """
			select %s as grp, r.element, sum(r.answers) as answers, sum(r.satisfied) as satisfied,
			       sum(r.answers) as responses
			from (""" + SOURCE + """
			) r
			join orgunit.published_unit u on u.id = r.unit_id
			%s
			where u.path like :scope || '%%'
			group by grp, r.element order by grp""";

	private final JdbcClient jdbc;
	private final int minimumForOfficer;

	SatisfactionQueries(JdbcClient jdbc, @Value("${congvu.feedback.officer-minimum-responses:10}") int minimum) {
		this.jdbc = jdbc;
		this.minimumForOfficer = minimum;
	}

	/** A labelled index: one row of a comparison table. */
	public record Row(String key, String label, SatisfactionIndex index, boolean shown) {
	}

	public int minimumForOfficer() {
		return minimumForOfficer;
	}

	/** The index of everything in scope over the period. */
	public SatisfactionIndex overall(Viewer viewer, LocalDate from, LocalDate to) {
		List<Row> rows = grouped("'all'", "'all'", "", viewer, from, to);
		return rows.isEmpty() ? SatisfactionIndex.of(List.of(), 0) : rows.get(0).index();
	}

	public List<Row> byUnit(Viewer viewer, LocalDate from, LocalDate to) {
		return grouped("u.name", "u.name", "", viewer, from, to);
	}

	public List<Row> byServicePoint(Viewer viewer, LocalDate from, LocalDate to) {
		return grouped("p.code", "u.name || ' – ' || p.name",
				"join feedback.service_point p on p.id = r.service_point_id", viewer, from, to);
	}

	/** Per officer on duty; rows under the minimum are marked as not shown. */
	public List<Row> byOfficer(Viewer viewer, LocalDate from, LocalDate to) {
		return grouped("s.staff_code", "s.full_name", "join staff.published_member s on s.id = r.staff_id", viewer,
				from, to).stream()
			.map(row -> new Row(row.key(), row.label(), row.index(), row.index().responses() >= minimumForOfficer))
			.toList();
	}

	/**
	 * The index of each officer on duty who reached the minimum number of ratings, by staff id: what an officer's
	 * monthly scorecard takes from the citizens' ratings.
	 */
	public Map<Long, SatisfactionIndex> byOfficerWithEnoughRatings(Viewer viewer, LocalDate from, LocalDate to) {
		Map<Long, SatisfactionIndex> indices = new java.util.HashMap<>();
		for (Row row : grouped("r.staff_id::text", "r.staff_id::text",
				"join staff.published_member s on s.id = r.staff_id", viewer, from, to)) {
			if (row.index().responses() >= minimumForOfficer && row.index().overall() != null) {
				indices.put(Long.parseLong(row.key()), row.index());
			}
		}
		return indices;
	}

	/** Fewer ratings than this in the period: a unit's index is not published (too few to say anything). */
	public static final int PUBLIC_MINIMUM = 30;

	/**
	 * The public figures: each unit's index over the period, city-wide, for the units with at least
	 * {@link #PUBLIC_MINIMUM} ratings (the others are listed as not shown); no desk or officer detail.
	 */
	public List<Row> publishedByUnit(LocalDate from, LocalDate to) {
		return grouped("u.name", "u.name", "", Viewer.system(), from, to).stream()
			.map(row -> new Row(row.key(), row.label(), row.index(), row.index().responses() >= PUBLIC_MINIMUM))
			.toList();
	}

	/** Per calendar month (Vietnam time), oldest first, for the trend chart. */
	public List<Row> byMonth(Viewer viewer, LocalDate from, LocalDate to) {
		String month = "to_char(r.month, 'MM/YYYY')";
		String sortable = "to_char(r.month, 'YYYY-MM')";
		return grouped(sortable, month, "", viewer, from, to);
	}

	private List<Row> grouped(String groupExpression, String labelExpression, String join, Viewer viewer,
			LocalDate from, LocalDate to) {
		String sql = COUNTS.formatted(groupExpression + " || '\u001f' || " + labelExpression, join);
		Map<String, List<SatisfactionIndex.Count>> counts = new LinkedHashMap<>();
		Map<String, Long> responses = new LinkedHashMap<>();
		NotPermittedException.unless(viewer.mayReadSatisfaction());
		CustomPlans.run(jdbc, () -> bind(jdbc.sql(sql), viewer, from, to)
			.query((rs, i) -> {
				String group = rs.getString("grp");
				counts.computeIfAbsent(group, k -> new ArrayList<>()).add(new SatisfactionIndex.Count(
						SatisfactionElement.valueOf(rs.getString("element")), rs.getLong("answers"),
						rs.getLong("satisfied")));
				responses.merge(group, rs.getLong("responses"), Math::max);
				return group;
			}).list());
		List<Row> rows = new ArrayList<>();
		counts.forEach((group, list) -> {
			String[] parts = group.split("\u001f", 2);
			rows.add(new Row(parts[0], parts.length > 1 ? parts[1] : parts[0],
					SatisfactionIndex.of(list, responses.get(group)), true));
		});
		return rows;
	}

	/** Everything the satisfaction page shows for a period, from one pass over the counts. */
	public record Summary(SatisfactionIndex overall, List<Row> byUnit, List<Row> byServicePoint, List<Row> byOfficer,
			List<Row> byMonth) {
	}

	/**
	 * The overall index and the rows per unit, desk, officer (marked shown from the minimum) and month, from one read
	 * of the counts. The grouping sets group by ids only (grouping by names joined to every count row cost three times
	 * as much in bench/feedback-page); the few thousand groups are then named from three small lookups, and groups
	 * with the same name (units, as before) are added together.
	 */
	public Summary summary(Viewer viewer, LocalDate from, LocalDate to) {
		NotPermittedException.unless(viewer.mayReadSatisfaction());
		String sql = """
				select case when grouping(r.unit_id) = 0 then 'unit' when grouping(r.service_point_id) = 0 then 'point'
				            when grouping(r.staff_id) = 0 then 'officer' when grouping(r.month) = 0 then 'month'
				            else 'all' end as kind,
				       coalesce(r.unit_id, r.service_point_id, r.staff_id) as id, r.month, r.element,
				       sum(r.answers) as answers, sum(r.satisfied) as satisfied
				from (""" + SOURCE + """
				) r
				where r.unit_id in (select id from orgunit.published_unit where path like :scope || '%')
				group by grouping sets ((r.element), (r.unit_id, r.element), (r.service_point_id, r.element),
				                        (r.staff_id, r.element), (r.month, r.element))""";
		List<GroupCount> counts = CustomPlans.run(jdbc, () -> bind(jdbc.sql(sql), viewer, from, to)
			.query((rs, i) -> new GroupCount(rs.getString("kind"), rs.getLong("id"),
					rs.getObject("month", LocalDate.class), SatisfactionElement.valueOf(rs.getString("element")),
					rs.getLong("answers"), rs.getLong("satisfied")))
			.list());
		Names names = names(counts);
		Map<String, SatisfactionTally> rows = new java.util.HashMap<>();
		for (GroupCount count : counts) {
			String[] keyAndLabel = switch (count.kind()) {
				case "unit" -> names.units().get(count.id());
				case "point" -> names.points().get(count.id());
				case "officer" -> names.officers().get(count.id());
				case "month" -> new String[] { count.month().toString().substring(0, 7),
						count.month().format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")) };
				default -> new String[] { "all", "all" };
			};
			if (keyAndLabel != null) { // ratings with nobody on duty have no officer row
				rows.computeIfAbsent(count.kind(), kind -> new SatisfactionTally())
				.add(keyAndLabel, count.element(), count.answers(), count.satisfied());
			}
		}
		java.util.function.Function<String, List<Row>> of = kind -> rows.getOrDefault(kind, new SatisfactionTally()).list();
		List<Row> all = of.apply("all");
		return new Summary(all.isEmpty() ? SatisfactionIndex.of(List.of(), 0) : all.getFirst().index(),
				of.apply("unit"), of.apply("point"), of.apply("officer").stream().map(row -> new Row(row.key(),
						row.label(), row.index(), row.index().responses() >= minimumForOfficer)).toList(),
				of.apply("month"));
	}

	/** One group's count of one element, as the grouping sets give it. */
	private record GroupCount(String kind, long id, @org.jspecify.annotations.Nullable LocalDate month,
			SatisfactionElement element, long answers, long satisfied) {
	}

	/** The key and label of each unit, desk and officer that has a group, by id. */
	private record Names(Map<Long, String[]> units, Map<Long, String[]> points, Map<Long, String[]> officers) {
	}

	private Names names(List<GroupCount> counts) {
		java.util.function.Function<String, Long[]> ids = kind -> counts.stream()
			.filter(c -> c.kind().equals(kind)).map(GroupCount::id).distinct().toArray(Long[]::new);
		Map<Long, String[]> units = new java.util.HashMap<>();
		jdbc.sql("select id, name from orgunit.published_unit where id = any(:ids)").param("ids", ids.apply("unit"))
			.query((rs, i) -> units.put(rs.getLong("id"), new String[] { rs.getString("name"), rs.getString("name") }))
			.list();
		Map<Long, String[]> points = new java.util.HashMap<>();
		jdbc.sql("""
				select p.id, p.code, u.name || ' – ' || p.name as label
				from feedback.service_point p join orgunit.published_unit u on u.id = p.unit_id where p.id = any(:ids)""")
			.param("ids", ids.apply("point"))
			.query((rs, i) -> points.put(rs.getLong("id"), new String[] { rs.getString("code"), rs.getString("label") }))
			.list();
		Map<Long, String[]> officers = new java.util.HashMap<>();
		jdbc.sql("select id, staff_code, full_name from staff.published_member where id = any(:ids)")
			.param("ids", ids.apply("officer"))
			.query((rs, i) -> officers.put(rs.getLong("id"),
					new String[] { rs.getString("staff_code"), rs.getString("full_name") }))
			.list();
		return new Names(units, points, officers);
	}

	/**
	 * The parameters of a period: whole months inside it come from the monthly counts, the days before and after
	 * from the daily ones. Callers run it through {@link CustomPlans} for a plan made for these very dates (a generic
	 * plan, chosen by PostgreSQL after a few runs, read every daily count: 9 s instead of 30 ms in bench/feedback-page).
	 */
	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Viewer viewer, LocalDate from,
			LocalDate to) {
		LocalDate fullFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate fullTo = to.plusDays(1).withDayOfMonth(1);
		if (!fullFrom.isBefore(fullTo)) {
			fullFrom = to.plusDays(1);
			fullTo = to.plusDays(1);
		}
		return statement.param("scope", viewer.scopePath()).param("from", from).param("to", to)
			.param("fullFrom", fullFrom).param("fullTo", fullTo);
	}

	/** Recent comments in scope, hidden ones included (marked) for moderators. */
	public List<CommentRow> comments(Viewer viewer, LocalDate from, LocalDate to, int limit) {
		NotPermittedException.unless(viewer.mayReadSatisfaction());
		return jdbc.sql("""
				select r.id, r.received_at, u.name as unit_name, p.name as point_name, r.comment, r.comment_hidden,
				       m.actor as moderated_by, m.reason as moderation_reason
				from feedback.response r join orgunit.published_unit u on u.id = r.unit_id
				join feedback.service_point p on p.id = r.service_point_id
				left join lateral (select cm.actor, cm.reason from feedback.comment_moderation cm
				                   where cm.response_id = r.id order by cm.id desc limit 1) m on true
				where r.comment is not null and u.path like :scope || '%'
				  and r.received_at >= :from and r.received_at < :to
				order by r.received_at desc limit :limit""")
			.param("scope", viewer.scopePath()).param("from", from.atStartOfDay(VIETNAM).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime()).param("limit", limit)
			.query(Rows.as(CommentRow.class)).list();
	}

	/** A citizen's comment as officers see it, with who last hid or showed it and why. */
	public record CommentRow(java.util.UUID id, java.time.OffsetDateTime receivedAt, String unitName, String pointName,
			String comment, boolean commentHidden, @org.jspecify.annotations.Nullable String moderatedBy,
			@org.jspecify.annotations.Nullable String moderationReason) {

		public java.time.LocalDateTime localTime() {
			return receivedAt.atZoneSameInstant(VIETNAM).toLocalDateTime();
		}
	}
}
