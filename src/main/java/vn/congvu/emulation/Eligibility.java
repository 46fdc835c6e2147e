package vn.congvu.emulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;

/**
 * A unit's verdicts from the latest round of a year that covered it: the unit's own, and each member's, every title
 * with its conditions met or not. Heads, officers and leaders of the scope; "not found" outside it.
 */
@Service
@Transactional(readOnly = true)
public class Eligibility {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;

	Eligibility(JdbcClient jdbc, OrgUnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** One title's verdict: the reasons are message keys with {@code |}-separated arguments. */
	public record Verdict(String titleCode, boolean eligible, List<String> reasons) {

		public List<Object[]> reasonArgs() {
			return reasons.stream().map(r -> (Object[]) r.split("\\|")).toList();
		}
	}

	/** A person or the unit, with the verdict of each title. */
	public record Subject(String kind, long id, String name, Map<String, Verdict> verdicts) {
	}

	public record Round(long id, int year, String runBy, java.time.OffsetDateTime runAt, int people) {
	}

	/** The unit's page: the round, the unit's verdicts, then its members' in Vietnamese name order. */
	public record UnitView(OrgUnitView unit, int year, @Nullable Round round, @Nullable Subject collective,
			List<Subject> people) {
	}

	public UnitView ofUnit(Viewer viewer, long unitId, int year) {
		OrgUnitView unit = units.find(viewer, unitId); // 404 outside the scope
		NotPermittedException.unless(viewer.mayProposeAwards() || viewer.mayRunEmulation());
		Round round = latestRound(unit.path(), year);
		if (round == null) {
			return new UnitView(unit, year, null, null, List.of());
		}
		record Line(String subjectKind, long subjectId, String name, String titleCode, boolean eligible,
				String[] reasons) {
		}
		List<Line> lines = jdbc.sql("""
				select e.subject_kind, e.subject_id, coalesce(m.full_name, u.name) as name, e.title_code, e.eligible,
				       e.reasons
				from emulation.eligibility e
				left join staff.published_member m on e.subject_kind = 'STAFF' and m.id = e.subject_id
				left join orgunit.published_unit u on e.subject_kind = 'UNIT' and u.id = e.subject_id
				join emulation.title t on t.code = e.title_code
				where e.round_id = :round and e.unit_id = :unit
				order by e.subject_kind desc, m.sort_key, e.subject_id, t.sort_order""")
			.param("round", round.id()).param("unit", unitId).query(Rows.as(Line.class)).list();
		Map<String, Subject> subjects = new LinkedHashMap<>();
		for (Line line : lines) {
			Subject subject = subjects.computeIfAbsent(line.subjectKind() + line.subjectId(),
					k -> new Subject(line.subjectKind(), line.subjectId(), line.name(), new LinkedHashMap<>()));
			subject.verdicts().put(line.titleCode(), new Verdict(line.titleCode(), line.eligible(),
					List.of(line.reasons())));
		}
		Subject collective = subjects.values().stream().filter(s -> s.kind().equals("UNIT")).findFirst().orElse(null);
		List<Subject> people = new ArrayList<>(subjects.values().stream().filter(s -> s.kind().equals("STAFF")).toList());
		return new UnitView(unit, year, round, collective, people);
	}

	private @Nullable Round latestRound(String unitPath, int year) {
		return jdbc.sql("""
				select r.id, r.year, r.run_by, r.run_at, r.people from emulation.round r
				join orgunit.published_unit u on u.id = r.unit_id
				where r.year = :year and :path like u.path || '%' order by r.id desc limit 1""")
			.param("year", year).param("path", unitPath).query(Rows.as(Round.class)).optional().orElse(null);
	}
}
