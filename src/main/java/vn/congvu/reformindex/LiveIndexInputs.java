package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Viewer;

/**
 * The inputs of a methodology's results while its cycle runs: each unit's final points (and what it claimed where the
 * council changed them), its survey points and the answers behind them, last year's result of the same table to
 * compare with, and the methodology's parameters of the uncertainty analysis.
 */
@Service
@Transactional(readOnly = true)
class LiveIndexInputs {

	private final JdbcClient jdbc;
	private final Methodologies methodologies;
	private final Assessments assessments;
	private final OrgUnitQueries units;

	LiveIndexInputs(JdbcClient jdbc, Methodologies methodologies, Assessments assessments, OrgUnitQueries units) {
		this.jdbc = jdbc;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.units = units;
	}

	/** Earlier publications of the same table: the same kinds of unit, ranked in the same scope. */
	private static final String SAME_TABLE = """

			join reformindex.methodology m on m.id = p.methodology_id
			where p.unit_type = :t and p.year < :y and m.scope_unit_id is not distinct from :scope::bigint""";

	/** The inputs of a methodology as they stand: final points where appraised, the unit's where not. */
	IndexInputs inputs(long methodologyId) {
		Methodology methodology = methodologies.find(methodologyId);
		List<Item> items = methodologies.items(methodologyId);
		Map<Long, String> codes = new HashMap<>();
		items.forEach(i -> codes.put(i.id(), i.code()));
		Map<Long, Map<String, BigDecimal>> points = new HashMap<>();
		Map<Long, Map<String, BigDecimal>> claimed = new HashMap<>();
		jdbc.sql("""
				select s.assessment_id, s.item_id, s.self_points, s.appraised_points from reformindex.score s
				join reformindex.assessment a on a.id = s.assessment_id where a.methodology_id = :m""")
			.param("m", methodologyId).query((rs, n) -> {
				long assessment = rs.getLong("assessment_id");
				String code = codes.get(rs.getLong("item_id"));
				BigDecimal self = rs.getBigDecimal("self_points");
				BigDecimal appraised = rs.getBigDecimal("appraised_points");
				BigDecimal value = appraised != null ? appraised : self != null ? self : BigDecimal.ZERO.setScale(2);
				points.computeIfAbsent(assessment, k -> new java.util.TreeMap<>()).put(code, value);
				if (appraised != null && self != null && appraised.compareTo(self) != 0) {
					claimed.computeIfAbsent(assessment, k -> new java.util.TreeMap<>()).put(code, self);
				}
				return null;
			}).list();
		Map<Long, BigDecimal> previous = previousPercents(methodology);
		int previousYear = previousYear(methodology);
		List<IndexInputs.Unit> unitInputs = new ArrayList<>();
		for (Assessments.Assessment a : assessments.ofMethodology(Viewer.system(), methodologyId)) {
			unitInputs.add(new IndexInputs.Unit(a.unitId(), a.unitCode(), a.unitName(),
					points.getOrDefault(a.id(), Map.of()), claimed.getOrDefault(a.id(), Map.of()), a.surveyPoints(),
					previous(a.unitId(), previous, previousYear), a.surveyAnswers()));
		}
		return new IndexInputs(methodology.year(), methodology.tableKey(), methodology.name(), items,
				methodology.surveyPoints(), methodologies.groups(methodologyId), unitInputs,
				new IndexInputs.Uncertainty(methodology.acceptedLineSpread(), methodology.surveySpread()));
	}

	private int previousYear(Methodology methodology) {
		return jdbc.sql("""
				select coalesce(max(p.year), 0) from reformindex.publication p""" + SAME_TABLE)
			.param("t", methodology.tableKey()).param("y", methodology.year())
			.param("scope", methodology.scopeUnitId()).query(Integer.class).single();
	}

	/**
	 * Each unit's percent in the latest earlier publication of the same table, read from its frozen snapshot by the
	 * database (only the results' two fields, not the whole text).
	 */
	private Map<Long, BigDecimal> previousPercents(Methodology methodology) {
		Map<Long, BigDecimal> percents = new HashMap<>();
		jdbc.sql("""
				with latest as (select p.snapshot from reformindex.publication p""" + SAME_TABLE + """

				    order by p.year desc limit 1)
				select (r ->> 'unitId')::bigint as unit_id, (r ->> 'percent')::numeric as percent
				from latest, jsonb_array_elements(latest.snapshot::jsonb -> 'results') r""")
			.param("t", methodology.tableKey()).param("y", methodology.year())
			.param("scope", methodology.scopeUnitId())
			.query((rs, n) -> percents.put(rs.getLong("unit_id"), rs.getBigDecimal("percent"))).list();
		return percents;
	}

	/** The unit's own previous result, or the mean of the units it was formed from ({@link Comparisons}). */
	private IndexInputs.@Nullable Previous previous(long unitId, Map<Long, BigDecimal> previous, int year) {
		if (previous.isEmpty()) {
			return null;
		}
		List<Comparisons.Former> formers = units.lineage(unitId).predecessors().stream()
			.filter(p -> p.otherUnitId() != null)
			.map(p -> new Comparisons.Former(p.otherUnitId(), p.otherName())).toList();
		return Comparisons.previous(unitId, previous, year, formers);
	}
}
