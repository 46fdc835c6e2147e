package vn.congvu.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.emulation.Campaigns.UnitScores;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.CompetitionRanking;

/** The ranked tables of a campaign's reviews: overall, and read again within each cluster of units. */
@Component
class ReviewRankings {

	private final JdbcClient jdbc;

	ReviewRankings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The overall ranking read again within each cluster (units in no cluster are left out of this view). */
	static Map<String, List<CompetitionRanking.Ranked<UnitScores>>> byCluster(List<CompetitionRanking.Ranked<UnitScores>> ranking,
			Map<Long, String> groups) {
		Map<String, List<UnitScores>> members = new java.util.TreeMap<>(com.ibm.icu.text.Collator.getInstance(new com.ibm.icu.util.ULocale("vi")));
		for (CompetitionRanking.Ranked<UnitScores> ranked : ranking) {
			String group = groups.get(ranked.item().unitId());
			if (group != null) {
				members.computeIfAbsent(group, k -> new ArrayList<>()).add(ranked.item());
			}
		}
		Map<String, List<CompetitionRanking.Ranked<UnitScores>>> ranked = new LinkedHashMap<>();
		members.forEach((group, scores) -> ranked.put(group, CompetitionRanking.of(scores, UnitScores::total)));
		return ranked;
	}

	private record ScoreRow(long unitId, String unitName, long criterionId, BigDecimal points) {
	}

	/** A review's table within the viewer's scope: each unit's points per criterion and their total, ranked. */
	List<CompetitionRanking.Ranked<UnitScores>> of(Viewer viewer, long reviewId) {
		Map<Long, UnitScores> byUnit = new LinkedHashMap<>();
		for (ScoreRow row : jdbc.sql("""
				select s.unit_id, u.name as unit_name, s.criterion_id, s.points
				from emulation.review_score s join orgunit.published_unit u on u.id = s.unit_id
				where s.review_id = :r and u.path like :scope || '%' order by u.name""").param("r", reviewId)
			.param("scope", viewer.scopePath()).query(Rows.as(ScoreRow.class)).list()) {
			byUnit.computeIfAbsent(row.unitId(), k -> new UnitScores(k, row.unitName(), new HashMap<>(), BigDecimal.ZERO))
				.points().put(row.criterionId(), row.points());
		}
		List<UnitScores> totals = byUnit.values().stream().map(s -> new UnitScores(s.unitId(), s.unitName(), s.points(),
				s.points().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
		return CompetitionRanking.of(totals, UnitScores::total);
	}
}
