package vn.congvu.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.TextLimits;

/**
 * The evaluation rule sets as stored. Reading them is open to anyone (the rules are law); a Home Affairs officer or
 * an administrator adds a new one, which closes the open-ended set it follows on the day it takes over.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationRules {

	private final JdbcClient jdbc;
	private final AuditLog audit;

	EvaluationRules(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	private record Row(long id, String code, String name, String legalBasis, LocalDate legalBasisDate,
			LocalDate validFrom, @Nullable LocalDate validTo, BigDecimal generalPoints, BigDecimal resultsPoints,
			BigDecimal bonusPoints, BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal completedFrom,
			@Nullable String gradeLetters, String quotaBasis, BigDecimal quotaPercent,
			@Nullable BigDecimal quotaPercentExceptional, BigDecimal reworkDeductionPercent,
			BigDecimal lateDeductionPercent, String violationPoints, BigDecimal unitViolationPoints,
			BigDecimal reportPoints, String rollup, String annualDeadline, int minimumMonthsWorked,
			int absenceCapMonths, int selfDueDay, int reviewDueDay, int approvalDueDay,
			BigDecimal leaderGoodSharePercent, BigDecimal satisfactionFloorPercent, BigDecimal satisfactionPoints,
			BigDecimal leaderUnitWeightPercent, @Nullable String unconfirmed, int periodMonths) {

		EvaluationRuleSet toRuleSet() {
			return new EvaluationRuleSet(id, code, name, legalBasis, legalBasisDate, validFrom, validTo, generalPoints,
					resultsPoints, bonusPoints, excellentFrom, goodFrom, completedFrom, gradeLetters, quotaBasis,
					quotaPercent, quotaPercentExceptional, reworkDeductionPercent, lateDeductionPercent,
					Arrays.stream(violationPoints.split(",")).map(String::strip).map(BigDecimal::new).toList(),
					unitViolationPoints, reportPoints, rollup, MonthDay.parse("--" + annualDeadline),
					minimumMonthsWorked, absenceCapMonths, selfDueDay, reviewDueDay, approvalDueDay,
					leaderGoodSharePercent, satisfactionFloorPercent, satisfactionPoints, leaderUnitWeightPercent,
					unconfirmed, periodMonths);
		}
	}

	/** Every rule set, oldest first. */
	public EvaluationRuleBook book() {
		return new EvaluationRuleBook(jdbc.sql("select * from evaluation.rule_set order by valid_from")
			.query(Rows.as(Row.class)).list().stream().map(Row::toRuleSet).toList());
	}

	/** The rule set in force on {@code date}; refused with a message when none is. */
	public EvaluationRuleSet inForce(LocalDate date) {
		return book().inForce(date).orElseThrow(() -> new InvalidInputException("evaluation.noRuleSet",
				vn.congvu.shared.VietnameseDates.format(date)));
	}

	/**
	 * What an officer types to add a rule set; what the form does not ask is taken from the set it follows.
	 *
	 * @param quotaPercentExceptional the higher cap for a collective whose outstanding achievements were recognised
	 *        by decision (Decree 335/2025 lets such a collective exceed 20%; 3814-QĐ/TU sets 40%), null when none
	 * @param periodMonths 1 (a scorecard a month) or 3 (a scorecard a quarter)
	 */
	public record NewRuleSet(String code, String name, String legalBasis, LocalDate legalBasisDate, LocalDate validFrom,
			@Nullable LocalDate validTo, BigDecimal generalPoints, BigDecimal resultsPoints, BigDecimal bonusPoints,
			BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal completedFrom, String quotaBasis,
			BigDecimal quotaPercent, @Nullable BigDecimal quotaPercentExceptional, int periodMonths,
			@Nullable String unconfirmed) {
	}

	/** Adds a rule set; the open-ended set in force on its first day ends that day. Returns the new id. */
	@Transactional
	public long add(Viewer viewer, NewRuleSet rules) {
		NotPermittedException.unless(viewer.mayManageEvaluationRules());
		validate(rules);
		EvaluationRuleSet previous = book().inForce(rules.validFrom())
			.orElseThrow(() -> new InvalidInputException("evaluation.rules.noPrevious"));
		if (previous.validTo() != null || !previous.validFrom().isBefore(rules.validFrom())) {
			throw new InvalidInputException("evaluation.rules.overlap", previous.code());
		}
		if (jdbc.sql("select count(*) from evaluation.rule_set where code = :c").param("c", rules.code().strip())
			.query(Long.class).single() > 0) {
			throw new InvalidInputException("evaluation.rules.codeTaken", rules.code().strip());
		}
		jdbc.sql("update evaluation.rule_set set valid_to = :from where id = :id").param("from", rules.validFrom())
			.param("id", previous.id()).update();
		long id = jdbc.sql("""
				insert into evaluation.rule_set (code, name, legal_basis, legal_basis_date, valid_from, valid_to,
				    general_points, results_points, bonus_points, excellent_from, good_from, completed_from,
				    grade_letters, quota_basis, quota_percent, quota_percent_exceptional, rework_deduction_percent,
				    late_deduction_percent, violation_points, unit_violation_points, report_points, rollup,
				    annual_deadline, minimum_months_worked, absence_cap_months, self_due_day, review_due_day,
				    approval_due_day, leader_good_share_percent, satisfaction_floor_percent, satisfaction_points,
				    leader_unit_weight_percent, unconfirmed, created_by, period_months)
				select :code, :name, :basis, :basisDate, :from, :to, :g, :r, :b, :ex, :good, :done, null, :quotaBasis,
				    :quota, :quotaExceptional, rework_deduction_percent, late_deduction_percent, violation_points,
				    unit_violation_points, report_points, rollup, annual_deadline, minimum_months_worked,
				    absence_cap_months, self_due_day, review_due_day, approval_due_day, leader_good_share_percent,
				    satisfaction_floor_percent, satisfaction_points, leader_unit_weight_percent, :unconfirmed, :by,
				    :periodMonths
				from evaluation.rule_set where id = :previous returning id""")
			.param("code", rules.code().strip()).param("name", rules.name().strip())
			.param("basis", rules.legalBasis().strip()).param("basisDate", rules.legalBasisDate())
			.param("from", rules.validFrom()).param("to", rules.validTo()).param("g", rules.generalPoints())
			.param("r", rules.resultsPoints()).param("b", rules.bonusPoints()).param("ex", rules.excellentFrom())
			.param("good", rules.goodFrom()).param("done", rules.completedFrom()).param("quotaBasis", rules.quotaBasis())
			.param("quota", rules.quotaPercent()).param("quotaExceptional", rules.quotaPercentExceptional())
			.param("unconfirmed", blankToNull(rules.unconfirmed())).param("periodMonths", rules.periodMonths())
			.param("by", viewer.username()).param("previous", previous.id()).query(Long.class).single();
		audit.record("evaluationRules.add", "evaluationRuleSet", id, Map.of("closed", previous.code()),
				Map.of("code", rules.code().strip(), "validFrom", rules.validFrom().toString(), "periodMonths",
						rules.periodMonths()));
		return id;
	}

	private static void validate(NewRuleSet rules) {
		for (String text : new String[] { rules.code(), rules.name(), rules.legalBasis() }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("evaluation.rules.required");
			}
			TextLimits.require(text, 300);
		}
		TextLimits.require(rules.unconfirmed(), 2_000);
		if (rules.code().strip().length() > 40) {
			throw new InvalidInputException("evaluation.rules.codeTooLong");
		}
		BigDecimal total = rules.generalPoints().add(rules.resultsPoints()).add(rules.bonusPoints());
		if (rules.generalPoints().signum() < 0 || rules.resultsPoints().signum() < 0 || rules.bonusPoints().signum() < 0
				|| total.compareTo(BigDecimal.valueOf(100)) > 0 || total.compareTo(BigDecimal.valueOf(100)) < 0
						&& rules.bonusPoints().signum() == 0) {
			throw new InvalidInputException("evaluation.rules.invalidFrame");
		}
		if (!(rules.excellentFrom().compareTo(rules.goodFrom()) > 0 && rules.goodFrom().compareTo(rules.completedFrom()) > 0
				&& rules.completedFrom().signum() > 0 && rules.excellentFrom().compareTo(total) <= 0)) {
			throw new InvalidInputException("evaluation.rules.invalidBands");
		}
		if (!("RATED".equals(rules.quotaBasis()) || "GOOD".equals(rules.quotaBasis()))
				|| rules.quotaPercent().signum() < 0 || rules.quotaPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new InvalidInputException("evaluation.rules.invalidQuota");
		}
		if (rules.periodMonths() != 1 && rules.periodMonths() != 3) {
			throw new InvalidInputException("evaluation.rules.invalidPeriod");
		}
		BigDecimal exceptional = rules.quotaPercentExceptional();
		if (exceptional != null && (exceptional.compareTo(rules.quotaPercent()) <= 0
				|| exceptional.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new InvalidInputException("evaluation.rules.invalidExceptionalQuota",
					rules.quotaPercent().stripTrailingZeros().toPlainString());
		}
		if (rules.validTo() != null && !rules.validTo().isAfter(rules.validFrom())) {
			throw new InvalidInputException("evaluation.rules.dates");
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
