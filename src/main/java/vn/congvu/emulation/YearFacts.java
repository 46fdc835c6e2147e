package vn.congvu.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.discipline.DisciplinaryMeasure;
import vn.congvu.evaluation.ClassificationGrade;

/**
 * What the system knows of each person of a scope for a year, in one statement: the unit they belong to at the
 * year's end (or today, during the year), the approved annual level, the worst discipline decided in the year, an
 * open disciplinary case today, and an initiative recognised in the year. Then each person's and each unit's
 * verdicts under the year's titles.
 */
@Component
class YearFacts {

	private final JdbcClient jdbc;
	/** Reads a thousand people at a time (a server-side cursor inside the caller's transaction). */
	private final NamedParameterJdbcTemplate cursor;

	YearFacts(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		org.springframework.jdbc.core.JdbcTemplate streaming = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		streaming.setFetchSize(1_000);
		this.cursor = new NamedParameterJdbcTemplate(streaming);
	}

	/**
	 * Everyone's facts, one unit at a time (units in scope with at least one person, in id order), read through a
	 * cursor: memory holds one unit's people whatever the size of the scope. Must run inside a transaction for the
	 * cursor to stream.
	 */
	void eachUnit(String scopePath, int year, LocalDate today,
			java.util.function.BiConsumer<Long, List<TitleRules.PersonFacts>> unit) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate asOf = end.isAfter(today) ? today : end;
		DisciplinaryMeasure[] measures = DisciplinaryMeasure.values();
		List<TitleRules.PersonFacts> current = new ArrayList<>();
		cursor.query(FACTS, Map.of("scope", scopePath, "asOf", asOf, "year", year, "from", LocalDate.of(year, 1, 1),
				"end", end, "measures", java.util.Arrays.stream(measures).map(Enum::name).toArray(String[]::new)),
				(java.sql.ResultSet rs) -> {
					TitleRules.PersonFacts facts = facts(rs, measures);
					if (!current.isEmpty() && current.getFirst().unitId() != facts.unitId()) {
						unit.accept(current.getFirst().unitId(), List.copyOf(current));
						current.clear();
					}
					current.add(facts);
				});
		if (!current.isEmpty()) {
			unit.accept(current.getFirst().unitId(), List.copyOf(current));
		}
	}

	private static TitleRules.PersonFacts facts(java.sql.ResultSet rs, DisciplinaryMeasure[] measures)
			throws java.sql.SQLException {
		String grade = rs.getString("grade");
		int worst = rs.getInt("worst");
		return new TitleRules.PersonFacts(rs.getLong("staff_id"), rs.getLong("unit_id"),
				grade == null ? null : ClassificationGrade.valueOf(grade), worst == 0 ? null : measures[worst - 1],
				rs.getBoolean("pending"), rs.getBoolean("initiative"));
	}

	/** Everyone's facts, grouped by unit (units in scope with at least one person). */
	Map<Long, List<TitleRules.PersonFacts>> byUnit(String scopePath, int year, LocalDate today) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate asOf = end.isAfter(today) ? today : end;
		Map<Long, List<TitleRules.PersonFacts>> units = new LinkedHashMap<>();
		DisciplinaryMeasure[] measures = DisciplinaryMeasure.values();
		jdbc.sql(FACTS).param("scope", scopePath).param("asOf", asOf).param("year", year)
			.param("from", LocalDate.of(year, 1, 1)).param("end", end)
			.param("measures", java.util.Arrays.stream(measures).map(Enum::name).toArray(String[]::new))
			.query((rs, n) -> {
				TitleRules.PersonFacts facts = facts(rs, measures);
				units.computeIfAbsent(facts.unitId(), k -> new ArrayList<>()).add(facts);
				return facts;
			}).list();
		return units;
	}

	private static final String FACTS = """
			with people as (
			    select distinct on (a.staff_id) a.staff_id, a.unit_id
			    from staff.published_assignment a join orgunit.published_unit u on u.id = a.unit_id
			    where u.path like :scope || '%' and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
			    order by a.staff_id, a.valid_from desc),
			worst as (
			    select staff_id, max(array_position(:measures::text[], measure)) as worst from emulation.discipline
			    where decided_on between :from and :end group by staff_id)
			select p.staff_id, p.unit_id, g.grade, coalesce(w.worst, 0) as worst,
			       exists (select 1 from emulation.pending_case c where c.staff_id = p.staff_id and c.closed_on is null)
			           as pending,
			       exists (select 1 from emulation.initiative i where i.staff_id = p.staff_id
			               and i.recognized_on between :from and :end) as initiative
			from people p
			left join emulation.annual_grade g on g.staff_id = p.staff_id and g.year = :year
			left join worst w on w.staff_id = p.staff_id
			order by p.unit_id, p.staff_id""";

	/** The verdicts of one unit: each person's, then the unit's own. */
	record UnitVerdicts(long unitId, Map<Long, Map<String, TitleRules.Verdict>> people,
			Map<String, TitleRules.Verdict> unit) {
	}

	static UnitVerdicts verdicts(List<Title> titles, long unitId, List<TitleRules.PersonFacts> people) {
		Map<Long, Map<String, TitleRules.Verdict>> byPerson = new LinkedHashMap<>();
		List<Map<String, TitleRules.Verdict>> list = new ArrayList<>(people.size());
		for (TitleRules.PersonFacts person : people) {
			Map<String, TitleRules.Verdict> verdicts = TitleRules.person(titles, person);
			byPerson.put(person.staffId(), verdicts);
			list.add(verdicts);
		}
		return new UnitVerdicts(unitId, byPerson, TitleRules.unit(titles, new TitleRules.Members(people, list)));
	}
}
