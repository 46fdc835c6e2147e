package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.PdfFonts;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.VietnameseDates;

/**
 * Xếp loại chất lượng hằng năm: each person's year rolled up from the approved months under the rule set in force
 * at the year's end ({@link AnnualRule}); the list of a unit is approved once, then kept as it was, and published
 * as {@link AnnualClassificationApproved}. A person transferred during the year keeps the months scored in the old
 * unit and is classified by the unit they belong to at the end of the year.
 */
@Service
@Transactional
public class AnnualClassifications {

	private final JdbcClient jdbc;
	private final EvaluationRules rules;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final AnnualListDocument document;
	private final Clock clock;

	AnnualClassifications(JdbcClient jdbc, EvaluationRules rules, OrgUnitQueries units, AuditLog audit,
			ApplicationEventPublisher events, AnnualListDocument document, Clock clock) {
		this.document = document;
		this.jdbc = jdbc;
		this.rules = rules;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** One person's line of the list. */
	public record Row(long staffId, String staffName, String staffCode, boolean leader, int monthsScored,
			int monthsAbsent, @Nullable BigDecimal mean, ClassificationGrade grade, @Nullable String reason) {
	}

	/** The list: computed now, or as approved (then {@code approvedBy} is set). */
	public record Sheet(OrgUnitView unit, int year, EvaluationRuleSet rules, LocalDate deadline, List<Row> rows,
			@Nullable String approvedBy, @Nullable OffsetDateTime approvedAt) {
	}

	private record Person(long staffId, String fullName, String staffCode, boolean leader, Array totals, int absent,
			boolean disciplined) {
	}

	@Transactional(readOnly = true)
	public Sheet sheet(Viewer viewer, long unitId, int year) {
		OrgUnitView unit = units.find(viewer, unitId);
		if (!viewer.mayReadUnitScorecards()) {
			throw new vn.congvu.shared.RecordNotFoundException("unit", unitId);
		}
		if (year < 2000 || year > LocalDate.now(clock).getYear()) {
			throw new InvalidInputException("annual.badYear");
		}
		EvaluationRuleSet ruleSet = rules.inForce(LocalDate.of(year, 12, 1));
		LocalDate deadline = ruleSet.annualDeadline().atYear(year);
		var approved = jdbc.sql("select id, approved_by, approved_at from evaluation.annual_classification where unit_id = :u and year = :y")
			.param("u", unitId).param("y", year).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class) }).optional();
		if (approved.isPresent()) {
			List<Row> rows = jdbc.sql("""
					select r.staff_id, m.full_name as staff_name, m.staff_code, false as leader, r.months_scored,
					       r.months_absent, r.mean_total as mean, r.grade, r.reason
					from evaluation.annual_result r join staff.published_member m on m.id = r.staff_id
					where r.classification_id = :id order by m.sort_key""").param("id", approved.get()[0])
				.query(Rows.as(Row.class)).list();
			return new Sheet(unit, year, ruleSet, deadline, rows, (String) approved.get()[1],
					(OffsetDateTime) approved.get()[2]);
		}
		return new Sheet(unit, year, ruleSet, deadline, compute(ruleSet, unitId, year), null, null);
	}

	private List<Row> compute(EvaluationRuleSet ruleSet, long unitId, int year) {
		List<Person> people = jdbc.sql("""
				with last_card as (
				    select distinct on (staff_id) staff_id, unit_id, leader from evaluation.scorecard
				    where current and month between :from and :to order by staff_id, month desc)
				select l.staff_id, m.full_name, m.staff_code, l.leader,
				       coalesce(array_agg(c.total order by c.month) filter (where c.status = 'APPROVED'), '{}') as totals,
				       count(*) filter (where c.status = 'ABSENT') as absent,
				       exists (select 1 from evaluation.recorded_input i where i.staff_id = l.staff_id
				               and i.kind = 'DISCIPLINE' and i.occurred_on between :from and :end) as disciplined
				from last_card l
				join evaluation.scorecard c on c.staff_id = l.staff_id and c.current and c.month between :from and :to
				join staff.published_member m on m.id = l.staff_id
				where l.unit_id = :unit
				group by l.staff_id, m.full_name, m.staff_code, m.sort_key, l.leader order by m.sort_key""")
			.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 1))
			.param("end", LocalDate.of(year, 12, 31)).param("unit", unitId).query(Rows.as(Person.class)).list();
		List<AnnualRule.Outcome> staffOutcomes = new ArrayList<>();
		Map<Long, Row> rows = new java.util.HashMap<>();
		for (int pass = 0; pass < 2; pass++) { // staff first: a leader is judged with the unit's results
			BigDecimal goodShare = share(staffOutcomes);
			boolean allCompleted = staffOutcomes.stream().noneMatch(o -> o.grade() == ClassificationGrade.NOT_COMPLETED);
			for (Person p : people) {
				if (p.leader() != (pass == 1)) {
					continue;
				}
				AnnualRule.Outcome outcome = AnnualRule.classify(ruleSet, new AnnualRule.Year(totals(p), p.absent(),
						p.disciplined(), p.leader(), goodShare, allCompleted));
				if (pass == 0) {
					staffOutcomes.add(outcome);
				}
				rows.put(p.staffId(), new Row(p.staffId(), p.fullName(), p.staffCode(), p.leader(),
						totals(p).size() * ruleSet.periodMonths(), (int) (p.absent() * ruleSet.periodMonths()),
						outcome.mean(), outcome.grade(), outcome.reason()));
			}
		}
		return people.stream().map(p -> rows.get(p.staffId())).toList();
	}

	private static List<BigDecimal> totals(Person p) {
		try {
			return Arrays.asList((BigDecimal[]) p.totals().getArray());
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable BigDecimal share(List<AnnualRule.Outcome> outcomes) {
		List<AnnualRule.Outcome> classified = outcomes.stream()
			.filter(o -> o.grade() != ClassificationGrade.NOT_CLASSIFIED).toList();
		if (classified.isEmpty()) {
			return null;
		}
		long good = classified.stream().filter(o -> !ClassificationGrade.GOOD.worseThan(o.grade())).count();
		return BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(classified.size()), 2,
				java.math.RoundingMode.HALF_UP);
	}

	/** Approves the unit's list for the year, once; the list is then kept as approved. Returns its id. */
	public long approve(Viewer viewer, long unitId, int year) {
		NotPermittedException.unless(viewer.mayApproveScorecards());
		Sheet sheet = sheet(viewer, unitId, year);
		if (sheet.approvedBy() != null) {
			throw new InvalidInputException("annual.alreadyApproved");
		}
		if (sheet.rows().isEmpty()) {
			throw new InvalidInputException("annual.empty");
		}
		long id = jdbc.sql("""
				insert into evaluation.annual_classification (unit_id, year, rule_set_id, approved_by, approved_at)
				values (:u, :y, :r, :by, :at) on conflict do nothing returning id""").param("u", unitId)
			.param("y", year).param("r", sheet.rules().id()).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).query(Long.class).optional()
			.orElseThrow(() -> new InvalidInputException("annual.alreadyApproved"));
		List<Row> rows = sheet.rows();
		jdbc.sql("""
				insert into evaluation.annual_result (classification_id, staff_id, months_scored, months_absent,
				    mean_total, grade, reason)
				select :id, * from unnest(:staff::bigint[], :months::int[], :absent::int[], :mean::numeric[],
				                          :grade::text[], :reason::text[])""").param("id", id)
			.param("staff", rows.stream().map(Row::staffId).toArray(Long[]::new))
			.param("months", rows.stream().map(Row::monthsScored).toArray(Integer[]::new))
			.param("absent", rows.stream().map(Row::monthsAbsent).toArray(Integer[]::new))
			.param("mean", rows.stream().map(Row::mean).toArray(BigDecimal[]::new))
			.param("grade", rows.stream().map(r -> r.grade().name()).toArray(String[]::new))
			.param("reason", rows.stream().map(Row::reason).toArray(String[]::new)).update();
		audit.record("annual.approve", "annualClassification", id, null, Map.of("unitId", unitId, "year", year,
				"people", sheet.rows().size()));
		document.issue(sheet(viewer, unitId, year)); // the approved list leaves numbered and signed, once
		events.publishEvent(new AnnualClassificationApproved(id, unitId, year, sheet.rows().size()));
		return id;
	}

	/** One person's level in an approved annual list: what emulation reads when the list is approved. */
	public record ApprovedResult(long staffId, ClassificationGrade grade) {
	}

	/**
	 * The levels of an approved list, for the modules that listen to {@link AnnualClassificationApproved} (the
	 * event names the list; its contents are the unit's, already approved).
	 */
	@Transactional(readOnly = true)
	public List<ApprovedResult> approvedResults(long classificationId) {
		return jdbc.sql("select staff_id, grade from evaluation.annual_result where classification_id = :id")
			.param("id", classificationId).query(Rows.as(ApprovedResult.class)).list();
	}

	/** The list as xlsx: numbers as numbers. */
	@Transactional(readOnly = true)
	public byte[] xlsx(Viewer viewer, long unitId, int year, java.util.function.Function<String, String> label) {
		Sheet sheet = sheet(viewer, unitId, year);
		List<Object[]> rows = new ArrayList<>();
		int n = 1;
		for (Row r : sheet.rows()) {
			rows.add(new Object[] { n++, r.staffName(), r.staffCode(), r.monthsScored(), r.monthsAbsent(), r.mean(),
					label.apply("enum.ClassificationGrade." + r.grade().name()),
					r.reason() == null ? "" : label.apply(r.reason()) });
		}
		return Sheets.write("Xếp loại " + year, List.of("STT", "Họ và tên", "Mã cán bộ", "Số tháng được đánh giá",
				"Số tháng vắng mặt", "Điểm bình quân", "Mức xếp loại", "Ghi chú"), rows);
	}

	/**
	 * The list as a PDF in the administrative format (Decree 30/2020): approved, the notice issued at approval (the
	 * same bytes every time); not yet approved, an unnumbered, unsigned preview.
	 */
	public byte[] pdf(Viewer viewer, long unitId, int year) {
		Sheet sheet = sheet(viewer, unitId, year);
		return sheet.approvedBy() == null ? document.preview(sheet) : document.issued(sheet);
	}
}
