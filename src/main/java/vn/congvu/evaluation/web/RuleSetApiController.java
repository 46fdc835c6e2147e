package vn.congvu.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congvu.evaluation.EvaluationRuleSet;
import vn.congvu.evaluation.EvaluationRules;
import vn.congvu.shared.InvalidInputException;

/** The evaluation rules are law: anyone may ask which rule set was in force on a day. */
@RestController
class RuleSetApiController {

	private final EvaluationRules rules;

	RuleSetApiController(EvaluationRules rules) {
		this.rules = rules;
	}

	/** The rule set in force on a day, as published. */
	record RuleSetDocument(String code, String name, String legalBasis, LocalDate legalBasisDate, LocalDate validFrom,
			@Nullable LocalDate validTo, Frame frame, List<Band> levels, QuotaRule quota, String rollup,
			String annualDeadline, int minimumMonthsWorked, int absenceCapMonths, Deductions deductions,
			BigDecimal leaderUnitWeightPercent, @Nullable String unconfirmed) {
	}

	record Frame(BigDecimal general, BigDecimal results, BigDecimal bonus, BigDecimal maximum) {
	}

	record Band(String level, @Nullable String letter, BigDecimal from, @Nullable BigDecimal below) {
	}

	record QuotaRule(String basis, BigDecimal percent, @Nullable BigDecimal percentExceptional) {
	}

	record Deductions(BigDecimal reworkPercent, BigDecimal latePercent, List<BigDecimal> perViolationBySeverity,
			BigDecimal perUnitViolationForHead, BigDecimal perSubstantiatedReportForHead,
			BigDecimal satisfactionBelowPercent, BigDecimal perSatisfactionBelowFloor) {
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Evaluation rule sets in force on a day")
	@GetMapping("/api/v1/evaluation/rule-sets")
	RuleSetDocument inForce(@io.swagger.v3.oas.annotations.Parameter(required = true,
			description = "The day (yyyy-MM-dd) the rule set is in force on") @RequestParam(required = false)
			@org.jspecify.annotations.Nullable String on) {
		if (on == null || on.isBlank()) {
			throw new InvalidInputException("evaluation.api.dateRequired");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(on.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("evaluation.api.badDate", on.length() > 20 ? on.substring(0, 20) : on);
		}
		EvaluationRuleSet r = rules.inForce(day);
		return new RuleSetDocument(r.code(), r.name(), r.legalBasis(), r.legalBasisDate(), r.validFrom(), r.validTo(),
				new Frame(r.generalPoints(), r.resultsPoints(), r.bonusPoints(), r.maximum()),
				List.of(new Band("EXCELLENT", letter(r, 0), r.excellentFrom(), null),
						new Band("GOOD", letter(r, 1), r.goodFrom(), r.excellentFrom()),
						new Band("COMPLETED", letter(r, 2), r.completedFrom(), r.goodFrom()),
						new Band("NOT_COMPLETED", letter(r, 3), BigDecimal.ZERO, r.completedFrom())),
				new QuotaRule(r.quotaBasis(), r.quotaPercent(), r.quotaPercentExceptional()), r.rollup(),
				r.annualDeadline().toString().substring(2), r.minimumMonthsWorked(), r.absenceCapMonths(),
				new Deductions(r.reworkDeductionPercent(), r.lateDeductionPercent(), r.violationPoints(),
						r.unitViolationPoints(), r.reportPoints(), r.satisfactionFloorPercent(), r.satisfactionPoints()),
				r.leaderUnitWeightPercent(), r.unconfirmed());
	}

	private static @Nullable String letter(EvaluationRuleSet r, int ordinal) {
		String letter = r.letter(vn.congvu.evaluation.ClassificationGrade.values()[ordinal]);
		return letter.isEmpty() ? null : letter;
	}
}
