package vn.congvu.reformindex;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;

/**
 * Thống kê hồ sơ một cửa: each unit's dossiers per month (received, settled on time, late, apology letters sent) as
 * the one-stop system exports them. An import is checked as a whole (every problem with its row and column, nothing
 * written while any remain) and replaces the months it names. Computed sub-criteria read the year's totals.
 */
@Service
@Transactional
public class OneStopStatistics {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/uuuu");

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;

	OneStopStatistics(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/** One row as read: unit code, month (MM/yyyy), received, on time, late, apology letters. */
	public record Line(int row, String unitCode, String month, String received, String onTime, String late,
			String apologies) {
	}

	public record YearTotals(long unitId, String unitName, long received, long onTime, long late, long apologies) {

		public double onTimeShare() {
			return received == 0 ? 0 : 100.0 * onTime / received;
		}
	}

	private record Checked(long unitId, LocalDate month, int received, int onTime, int late, int apologies) {
	}

	/** Imports the lines if every one is right; returns the problems otherwise (nothing written). */
	public List<MethodologyTree.Problem> importLines(Viewer viewer, List<Line> lines) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		List<MethodologyTree.Problem> problems = new ArrayList<>();
		if (lines.isEmpty()) {
			problems.add(new MethodologyTree.Problem(0, "", "reform.import.empty", List.of()));
			return problems;
		}
		List<Checked> checked = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Line line : lines) {
			YearMonth month = null;
			try {
				month = YearMonth.parse(line.month().strip(), MONTH);
			}
			catch (DateTimeParseException ex) {
				problems.add(problem(line, "B", "reform.onestop.badMonth", line.month()));
			}
			OrgUnitView unit = month == null ? null : units.byCode(line.unitCode().strip(), month.atEndOfMonth());
			if (month != null && (unit == null || !units.inScope(viewer, unit.id()))) {
				problems.add(problem(line, "A", "reform.onestop.unknownUnit", line.unitCode()));
			}
			int[] counts = new int[4];
			String[] cells = { line.received(), line.onTime(), line.late(), line.apologies() };
			String[] columns = { "C", "D", "E", "F" };
			boolean numbers = true;
			for (int i = 0; i < 4; i++) {
				try {
					counts[i] = Integer.parseInt(cells[i].strip());
					if (counts[i] < 0) {
						throw new NumberFormatException();
					}
				}
				catch (NumberFormatException ex) {
					problems.add(problem(line, columns[i], "reform.onestop.badCount", cells[i]));
					numbers = false;
				}
			}
			if (numbers && counts[1] + counts[2] > counts[0]) {
				problems.add(problem(line, "D", "reform.onestop.moreThanReceived"));
			}
			if (numbers && counts[3] > counts[2]) {
				problems.add(problem(line, "F", "reform.onestop.moreApologiesThanLate"));
			}
			if (unit != null && month != null && !seen.add(unit.id() + "/" + month)) {
				problems.add(problem(line, "B", "reform.onestop.duplicate", line.unitCode(), line.month()));
			}
			if (unit != null && month != null && numbers) {
				checked.add(new Checked(unit.id(), month.atDay(1), counts[0], counts[1], counts[2], counts[3]));
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		for (Checked c : checked) {
			jdbc.sql("""
					insert into reformindex.one_stop_month (unit_id, month, received, on_time, late, apologies, imported_by)
					values (:u, :m, :r, :o, :l, :a, :by)
					on conflict (unit_id, month) do update set received = excluded.received, on_time = excluded.on_time,
					    late = excluded.late, apologies = excluded.apologies, imported_by = excluded.imported_by""")
				.param("u", c.unitId()).param("m", c.month()).param("r", c.received()).param("o", c.onTime())
				.param("l", c.late()).param("a", c.apologies()).param("by", viewer.displayName()).update();
		}
		audit.record("reform.onestop.import", "one_stop_month", 0, null, Map.of("rows", checked.size()));
		return List.of();
	}

	/** Each unit's totals of a year within the viewer's scope (for those who manage the PAR Index). */
	@Transactional(readOnly = true)
	public List<YearTotals> ofYear(Viewer viewer, int year) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		return jdbc.sql("""
				select s.unit_id, u.name as unit_name, sum(s.received) as received, sum(s.on_time) as on_time,
				       sum(s.late) as late, sum(s.apologies) as apologies
				from reformindex.one_stop_month s join orgunit.published_unit u on u.id = s.unit_id
				where extract(year from s.month) = :y and u.path like :scope || '%'
				group by s.unit_id, u.name order by u.name""").param("y", year).param("scope", viewer.scopePath())
			.query(Rows.as(YearTotals.class)).list();
	}

	private static MethodologyTree.Problem problem(Line line, String column, String key, String... arguments) {
		return new MethodologyTree.Problem(line.row(), column, key, List.of(arguments));
	}
}
