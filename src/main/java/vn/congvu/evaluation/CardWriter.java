package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a batch of new scorecards with their suggested stage and inputs: three statements whatever the batch size,
 * each taking its rows as arrays ({@code unnest}), so closing a month for 100,000 people stays a matter of seconds.
 */
final class CardWriter {

	private final JdbcClient jdbc;

	CardWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void write(List<MonthlyClose.CardDraft> drafts, YearMonth month, long ruleSetId, OffsetDateTime now) {
		int n = drafts.size();
		Long[] staff = new Long[n];
		Long[] unit = new Long[n];
		String[] category = new String[n];
		Boolean[] leader = new Boolean[n];
		Long[] supervisor = new Long[n];
		BigDecimal[] general = new BigDecimal[n];
		BigDecimal[] results = new BigDecimal[n];
		BigDecimal[] bonus = new BigDecimal[n];
		BigDecimal[] total = new BigDecimal[n];
		String[] grade = new String[n];
		Boolean[] disciplined = new Boolean[n];
		for (int i = 0; i < n; i++) {
			MonthlyClose.CardDraft d = drafts.get(i);
			staff[i] = d.staffId();
			unit[i] = d.unitId();
			category[i] = d.category();
			leader[i] = d.leader();
			supervisor[i] = d.supervisor();
			general[i] = d.general();
			results[i] = d.results();
			bonus[i] = d.bonus();
			total[i] = d.total();
			grade[i] = d.grade().name();
			disciplined[i] = d.disciplined();
		}
		Map<Long, Long> ids = new HashMap<>();
		jdbc.sql("""
				insert into evaluation.scorecard (staff_id, month, unit_id, rule_set_id, staff_category, leader,
				    supervisor_staff_id, status, general_points, results_points, bonus_points, total, grade, disciplined,
				    created_at)
				select s, :month, u, :rules, c, l, sv, 'DRAFT', g, r, b, t, gr, d, :now
				from unnest(:staff::bigint[], :unit::bigint[], :category::text[], :leader::boolean[], :supervisor::bigint[],
				            :general::numeric[], :results::numeric[], :bonus::numeric[], :total::numeric[], :grade::text[],
				            :disciplined::boolean[]) as x (s, u, c, l, sv, g, r, b, t, gr, d)
				returning id, staff_id""")
			.param("month", month.atDay(1)).param("rules", ruleSetId).param("now", now).param("staff", staff)
			.param("unit", unit).param("category", category).param("leader", leader).param("supervisor", supervisor)
			.param("general", general).param("results", results).param("bonus", bonus).param("total", total)
			.param("grade", grade).param("disciplined", disciplined)
			.query((rs, row) -> ids.put(rs.getLong("staff_id"), rs.getLong("id"))).list();
		Long[] cards = new Long[n];
		for (int i = 0; i < n; i++) {
			cards[i] = ids.get(staff[i]);
		}
		jdbc.sql("""
				insert into evaluation.scorecard_stage (scorecard_id, stage, general_points, results_points, bonus_points,
				    actor, at)
				select id, 'SUGGESTED', g, r, b, 'Hệ thống', :now
				from unnest(:cards::bigint[], :general::numeric[], :results::numeric[], :bonus::numeric[]) as x (id, g, r, b)""")
			.param("cards", cards).param("general", general).param("results", results).param("bonus", bonus)
			.param("now", now).update();
		List<Long> inputCard = new ArrayList<>();
		List<String> part = new ArrayList<>();
		List<String> source = new ArrayList<>();
		List<String> label = new ArrayList<>();
		List<BigDecimal> points = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (String[] input : drafts.get(i).inputs()) {
				inputCard.add(cards[i]);
				part.add(input[0]);
				source.add(input[1]);
				label.add(input[2]);
				points.add(new BigDecimal(input[3]));
			}
		}
		jdbc.sql("""
				insert into evaluation.scorecard_input (scorecard_id, part, source, label, points)
				select * from unnest(:cards::bigint[], :part::text[], :source::text[], :label::text[], :points::numeric[])""")
			.param("cards", inputCard.toArray(Long[]::new)).param("part", part.toArray(String[]::new))
			.param("source", source.toArray(String[]::new)).param("label", label.toArray(String[]::new))
			.param("points", points.toArray(BigDecimal[]::new)).update();
	}
}
