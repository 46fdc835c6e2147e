package vn.congvu.routes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.conduct.discipline.DisciplinaryCases;
import vn.congvu.conduct.inspections.InspectionKind;
import vn.congvu.conduct.inspections.InspectionTeams;
import vn.congvu.conduct.inspections.Inspections;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.feedback.NewReport;
import vn.congvu.feedback.ReportKind;
import vn.congvu.platform.Viewer;

/**
 * One record of each kind in the new Cửa Nam ward (inside the ward-scoped accounts' scope) and one in the new Hoàn
 * Kiếm ward (outside it), each carrying a marker text that must never reach an account outside the record's scope.
 *
 * @param values for each path variable kind, the in-scope and the out-of-scope value
 */
record RouteFixtures(long cuaNam, long hoanKiem, long cuaNamStaff, long hoanKiemStaff, long teamId,
		Map<String, String[]> values) {

	static final String OUT_OF_SCOPE_MARKER = "DẤU-NGOÀI-PHẠM-VI-HK";
	static final String IN_SCOPE_MARKER = "DẤU-TRONG-PHẠM-VI-CN";

	/** A value that names no record of any kind. */
	static final String NOTHING = "987654321";

	static RouteFixtures create(JdbcClient jdbc, long cuaNam, long hoanKiem, long cuaNamStaff, long hoanKiemStaff,
			Viewer officer, Violations violations, DisciplinaryCases cases, Inspections inspections,
			InspectionTeams teams, HarassmentReports reports, LocalDate today) {
		long[] violation = new long[2];
		long[] kase = new long[2];
		long[] plan = new long[2];
		long[] report = new long[2];
		long[] units = { cuaNam, hoanKiem };
		long[] people = { cuaNamStaff, hoanKiemStaff };
		String[] markers = { IN_SCOPE_MARKER, OUT_OF_SCOPE_MARKER };
		for (int i = 0; i < 2; i++) {
			violation[i] = violations.record(officer, new NewViolation(units[i], people[i], null,
					ViolationSeverity.MINOR, "Vi phạm thử " + markers[i], "MANUAL", null, today.minusDays(1)));
			violations.askExplanation(officer, violation[i], today.plusDays(5));
			long forCase = violations.record(officer, new NewViolation(units[i], people[i], null,
					ViolationSeverity.MINOR, "Vi phạm có vụ việc " + markers[i], "MANUAL", null, today.minusDays(2)));
			violations.askExplanation(officer, forCase, today.plusDays(5));
			violations.confirm(officer, forCase);
			kase[i] = cases.open(officer, forCase, false, null);
			long unit = units[i];
			InspectionTeams.CoveredUnit covered = teams.coverage(officer).stream().filter(c -> c.unitId() == unit)
				.findFirst().orElseThrow();
			plan[i] = inspections.plan(officer, covered.teamId(), unit, InspectionKind.REGULAR,
					"Kế hoạch thử " + markers[i], today);
			inspections.start(officer, plan[i]);
			String code = reports.file(new NewReport(unit, ReportKind.EXTRA_DOCUMENTS, today,
					"Phản ánh thử " + markers[i], false, "Người phản ánh " + markers[i], "0900000000"));
			report[i] = jdbc.sql("select id from feedback.report where tracking_code = :c").param("c", code)
				.query(Long.class).single();
		}
		String[] response = new String[2];
		for (int i = 0; i < 2; i++) {
			response[i] = jdbc.sql("""
					select id::text from feedback.response where unit_id = :u and comment is not null
					order by received_at desc limit 1""").param("u", units[i]).query(String.class).single();
		}
		long team = teams.coverage(officer).stream().filter(c -> c.unitId() == cuaNam).findFirst().orElseThrow()
			.teamId();
		Map<String, String[]> values = Map.ofEntries(
				Map.entry("units", pair(cuaNam, hoanKiem)), Map.entry("org-units", pair(cuaNam, hoanKiem)),
				Map.entry("contacts", pair(cuaNam, hoanKiem)),
				Map.entry("staff", pair(cuaNamStaff, hoanKiemStaff)),
				Map.entry("violations", pair(violation[0], violation[1])), Map.entry("cases", pair(kase[0], kase[1])),
				Map.entry("inspections", pair(plan[0], plan[1])), Map.entry("reports", pair(report[0], report[1])),
				Map.entry("comments", new String[] { response[0], response[1] }),
				Map.entry("service-points", new String[] { "P00082-1", "P00070-1" }),
				Map.entry("kiosk", new String[] { "P00082-1", "P00070-1" }),
				Map.entry("survey", new String[] { "P00082-1", "P00070-1" }));
		return new RouteFixtures(cuaNam, hoanKiem, cuaNamStaff, hoanKiemStaff, team, values);
	}

	/** The same fixtures with one more kind of record. */
	RouteFixtures with(String kind, long inScope, long outOfScope) {
		Map<String, String[]> more = new java.util.HashMap<>(values);
		more.put(kind, pair(inScope, outOfScope));
		return new RouteFixtures(cuaNam, hoanKiem, cuaNamStaff, hoanKiemStaff, teamId, more);
	}

	private static String[] pair(long inScope, long outOfScope) {
		return new String[] { String.valueOf(inScope), String.valueOf(outOfScope) };
	}

	/** Kinds of records whose id the scope decides; others (codes, teams, rule sets) are the same for everyone. */
	static final List<String> SCOPED = List.of("units", "org-units", "staff", "violations", "cases", "inspections",
			"reports", "comments", "service-points", "tasks", "scorecards", "news", "sites", "contacts");

	/** The kind of record a path variable names: the path segment before it. */
	static String kindOf(String pattern, String variable) {
		String[] parts = pattern.split("/");
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].equals("{" + variable + "}")) {
				return parts[i - 1];
			}
		}
		return "";
	}
}
