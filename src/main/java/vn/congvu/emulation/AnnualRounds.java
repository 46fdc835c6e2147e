package vn.congvu.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Bình xét cuối năm: checks every person and every unit of a scope against every title of the year, from the
 * system's own data, and keeps each verdict with its reasons. A background job with progress; run again, it records a
 * new round (the pages read the latest).
 */
@Service
public class AnnualRounds {

	static final int BATCH = 10_000;

	private final JdbcClient jdbc;
	private final YearFacts facts;
	private final Titles titles;
	private final OrgUnitQueries units;
	private final Jobs jobs;
	private final AuditLog audit;
	private final TransactionTemplate transaction;
	private final Clock clock;

	AnnualRounds(JdbcClient jdbc, YearFacts facts, Titles titles, OrgUnitQueries units, Jobs jobs, AuditLog audit,
			TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.titles = titles;
		this.units = units;
		this.jobs = jobs;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	public UUID start(Viewer viewer, long unitId, int year) {
		check(viewer, unitId, year);
		return jobs.start(viewer, "emulation.round", "/emulation",
				progress -> String.valueOf(run(viewer, unitId, year, progress)));
	}

	/** Runs the round now; returns its id. */
	public long run(Viewer viewer, long unitId, int year, Jobs.@Nullable Progress progress) {
		check(viewer, unitId, year);
		List<Title> ofYear = titles.ofYear(year);
		if (ofYear.isEmpty()) {
			throw new InvalidInputException("emulation.noTitles", String.valueOf(year));
		}
		Long id = transaction.execute(status -> {
			String scope = units.pathOf(unitId);
			int people = jdbc.sql(PEOPLE).param("scope", scope).param("asOf", asOf(year)).query(Integer.class).single();
			long round = jdbc.sql("""
					insert into emulation.round (year, unit_id, run_by, run_at, people, units)
					values (:y, :u, :by, :at, 0, 0) returning id""").param("y", year).param("u", unitId)
				.param("by", viewer.displayName()).param("at", OffsetDateTime.now(clock)).query(Long.class).single();
			Rows rows = new Rows();
			int[] done = { 0, 0 }; // people, units
			// one unit at a time through a cursor: memory holds a unit's people and a batch of verdicts (issue #28)
			facts.eachUnit(scope, year, LocalDate.now(clock), (unit, members) -> {
				YearFacts.UnitVerdicts verdicts = YearFacts.verdicts(ofYear, unit, members);
				verdicts.people().forEach((staff, v) -> v.values().forEach(x -> rows.add("STAFF", staff, unit, x)));
				verdicts.unit().values().forEach(x -> rows.add("UNIT", unit, unit, x));
				done[0] += members.size();
				done[1]++;
				if (rows.size() >= BATCH) {
					rows.write(jdbc, round);
					if (progress != null) {
						progress.update(Math.min(done[0], Math.max(people - 1, 0)), people);
					}
				}
			});
			rows.write(jdbc, round);
			jdbc.sql("update emulation.round set people = :p, units = :n where id = :id").param("p", done[0])
				.param("n", done[1]).param("id", round).update();
			if (progress != null) {
				progress.update(done[0], done[0]);
			}
			audit.record("emulation.round", "unit", unitId, null, Map.of("year", year, "round", round, "people",
					done[0], "units", done[1]));
			return round;
		});
		return id == null ? 0 : id;
	}

	/** The day the people of a round are counted on: the year's end, or today during the year. */
	private LocalDate asOf(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate today = LocalDate.now(clock);
		return end.isAfter(today) ? today : end;
	}

	/** How many people the round will look at (the progress bar's length). */
	private static final String PEOPLE = """
			select count(distinct a.staff_id) from staff.published_assignment a
			join orgunit.published_unit u on u.id = a.unit_id
			where u.path like :scope || '%' and a.valid_from <= :asOf and (a.valid_to is null or a.valid_to > :asOf)
			""";

	private void check(Viewer viewer, long unitId, int year) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		units.find(viewer, unitId); // 404 outside the scope
		int now = LocalDate.now(clock).getYear();
		if (year < 2024 || year > now) {
			throw new InvalidInputException("emulation.yearOutOfRange", "2024", String.valueOf(now));
		}
	}

	/** Verdict rows waiting to be written, as arrays for one {@code unnest} insert. */
	private static final class Rows {

		private final List<String> kinds = new ArrayList<>();
		private final List<Long> subjects = new ArrayList<>();
		private final List<Long> unitIds = new ArrayList<>();
		private final List<String> codes = new ArrayList<>();
		private final List<Boolean> eligible = new ArrayList<>();
		private final List<String> reasons = new ArrayList<>();

		void add(String kind, long subject, long unit, TitleRules.Verdict verdict) {
			kinds.add(kind);
			subjects.add(subject);
			unitIds.add(unit);
			codes.add(verdict.titleCode());
			eligible.add(verdict.eligible());
			reasons.add(String.join(";", verdict.reasons()));
		}

		int size() {
			return kinds.size();
		}

		void write(JdbcClient jdbc, long round) {
			if (kinds.isEmpty()) {
				return;
			}
			jdbc.sql("""
					insert into emulation.eligibility (round_id, subject_kind, subject_id, unit_id, title_code, eligible,
					    reasons)
					select :round, k, s, u, c, e, string_to_array(r, ';')
					from unnest(:kinds::text[], :subjects::bigint[], :units::bigint[], :codes::text[], :eligible::boolean[],
					            :reasons::text[]) as x (k, s, u, c, e, r)""")
				.param("round", round).param("kinds", kinds.toArray(String[]::new))
				.param("subjects", subjects.toArray(Long[]::new)).param("units", unitIds.toArray(Long[]::new))
				.param("codes", codes.toArray(String[]::new)).param("eligible", eligible.toArray(Boolean[]::new))
				.param("reasons", reasons.toArray(String[]::new)).update();
			kinds.clear();
			subjects.clear();
			unitIds.clear();
			codes.clear();
			eligible.clear();
			reasons.clear();
		}
	}
}
