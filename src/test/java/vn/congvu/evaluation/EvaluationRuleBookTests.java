package vn.congvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two shipped rule sets, as the migration stores them, through the rule book: bands, deductions, quota, year. */
class EvaluationRuleBookTests {

	static final EvaluationRuleSet HANOI_3814 = rules(1, "HN-3814-2018", "2018-05-16", "2026-01-01", 20, 70, 10,
			"A,B,C,D", "RATED", 30, 40);
	static final EvaluationRuleSet DECREE_335 = rules(2, "ND335-2025", "2026-01-01", null, 30, 70, 0, null, "GOOD",
			20, null);
	static final EvaluationRuleBook BOOK = new EvaluationRuleBook(List.of(HANOI_3814, DECREE_335));

	static EvaluationRuleSet rules(long id, String code, String from, String to, int general, int results, int bonus,
			String letters, String basis, int quota, Integer exceptional) {
		return new EvaluationRuleSet(id, code, code, code, LocalDate.parse(from), LocalDate.parse(from),
				to == null ? null : LocalDate.parse(to), bd(general), bd(results), bd(bonus), bd(90), bd(70), bd(50),
				letters, basis, bd(quota), exceptional == null ? null : bd(exceptional), bd(25), bd(25),
				List.of(bd(5), bd(10), bd(15), bd(20)), bd(2), bd(2), "MEAN_OF_MONTHS", MonthDay.of(12, 15), 6, 3, 5,
				10, 15, bd(70), bd(80), bd(2), bd(bonus == 0 ? 30 : 0), null, 1);
	}

	static BigDecimal bd(Object value) {
		return new BigDecimal(value.toString());
	}

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@CsvSource({ "2025-12-31, HN-3814-2018", "2018-05-16, HN-3814-2018", "2026-01-01, ND335-2025",
			"2030-06-30, ND335-2025" })
	void theRuleSetInForceFollowsTheDate(LocalDate day, String code) {
		assertThat(BOOK.inForce(day)).get().extracting(EvaluationRuleSet::code).isEqualTo(code);
		assertThat(BOOK.inForce(LocalDate.of(2018, 5, 15))).isEmpty();
	}

	@ParameterizedTest(name = "{0} points, disciplined {1} → {2}")
	@CsvSource({ "100, false, EXCELLENT", "90, false, EXCELLENT", "89.99, false, GOOD", "70, false, GOOD",
			"69.99, false, COMPLETED", "50, false, COMPLETED", "49.99, false, NOT_COMPLETED", "0, false, NOT_COMPLETED",
			"95, true, NOT_COMPLETED", "70, true, NOT_COMPLETED" })
	void bandsAreTheSameInBothRuleSetsAndDisciplineOverridesTheScore(BigDecimal total, boolean disciplined,
			ClassificationGrade grade) {
		assertThat(EvaluationRuleBook.grade(HANOI_3814, total, disciplined)).isEqualTo(grade);
		assertThat(EvaluationRuleBook.grade(DECREE_335, total, disciplined)).isEqualTo(grade);
	}

	@Test
	void lettersBelongToTheHanoiFrameOnly() {
		assertThat(HANOI_3814.letter(ClassificationGrade.EXCELLENT)).isEqualTo("A");
		assertThat(HANOI_3814.letter(ClassificationGrade.NOT_COMPLETED)).isEqualTo("D");
		assertThat(DECREE_335.letter(ClassificationGrade.GOOD)).isEmpty();
		assertThat(HANOI_3814.maximum()).isEqualByComparingTo("100");
		assertThat(DECREE_335.maximum()).isEqualByComparingTo("100");
	}

	/** tasks: done/reworks/late/excused per task, separated by spaces; expected results points under Decree 335. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"'1/0/0/0', 70.00", // one task done on time, accepted first time
			"'1/1/0/0', 64.17", // sent back once: quality 75%
			"'1/0/1/0', 64.17", // late: progress 75%
			"'1/1/1/0', 58.33", // both
			"'1/1/1/1', 70.00", // objective cause accepted: no deduction
			"'1/4/0/0', 46.67", // sent back four times: quality 0, never below
			"'1/5/0/0', 46.67",
			"'1/0/0/0 0/0/0/0', 58.33", // one of two done: quantity 50%
			"'0/0/0/0', 0.00" })
	void resultsDeductTwentyFivePercentPerReworkOrDelay(String tasks, BigDecimal points) {
		List<EvaluationRuleBook.TaskOutcome> outcomes = java.util.Arrays.stream(tasks.split(" ")).map(t -> {
			String[] f = t.split("/");
			return new EvaluationRuleBook.TaskOutcome(f[0].equals("1"), Integer.parseInt(f[1]), f[2].equals("1"),
					f[3].equals("1"));
		}).toList();
		assertThat(EvaluationRuleBook.results(DECREE_335, outcomes).points()).isEqualByComparingTo(points);
	}

	@Test
	void noTaskDueLeavesTheResultsToTheEvaluators() {
		assertThat(EvaluationRuleBook.results(DECREE_335, List.of())).isNull();
	}

	@ParameterizedTest(name = "violations {0}, unit {1}, reports {2} → {3} (3814) / {4} (335)")
	@CsvSource({ "'0,0,0,0', 0, 0, 20, 30", "'1,0,0,0', 0, 0, 15, 25", "'0,1,0,0', 1, 1, 6, 16",
			"'0,0,0,2', 0, 0, 0, 0", "'0,0,0,0', 3, 0, 14, 24" })
	void generalCriteriaLoseThePointsOfEachViolationNeverBelowZero(String bySeverity, int unit, int reports,
			BigDecimal hanoi, BigDecimal decree) {
		int[] counts = java.util.Arrays.stream(bySeverity.split(",")).mapToInt(Integer::parseInt).toArray();
		assertThat(EvaluationRuleBook.general(HANOI_3814, counts, unit, reports)).isEqualByComparingTo(hanoi);
		assertThat(EvaluationRuleBook.general(DECREE_335, counts, unit, reports)).isEqualByComparingTo(decree);
	}

	@ParameterizedTest(name = "satisfaction {0} → minus {1}")
	@CsvSource({ "0.7999, 2", "0.80, 0", "0.95, 0", "0, 2", "1, 0" })
	void aSatisfactionIndexBelowTheFloorCostsTheGeneralPart(double index, BigDecimal deduction) {
		assertThat(EvaluationRuleBook.satisfactionDeduction(DECREE_335, index)).isEqualByComparingTo(deduction);
		assertThat(EvaluationRuleBook.satisfactionDeduction(HANOI_3814, index)).isEqualByComparingTo(deduction);
	}

	@ParameterizedTest(name = "own {0}, unit all completed {1} → {2} (335) / {3} (3814)")
	@CsvSource({ "70, true, 70, 70", "70, false, 59.50, 70", "49, true, 55.30, 49", "49, false, 44.80, 49",
			"0, false, 10.50, 0" })
	void aLeadersResultsPartWeighsTheUnitUnderDecree335(BigDecimal own, boolean allCompleted, BigDecimal decree,
			BigDecimal hanoi) {
		assertThat(EvaluationRuleBook.leaderResults(DECREE_335, own, allCompleted)).isEqualByComparingTo(decree);
		assertThat(EvaluationRuleBook.leaderResults(HANOI_3814, own, allCompleted)).isEqualByComparingTo(hanoi);
	}

	@ParameterizedTest(name = "335: {0} good, {1} excellent → cap {2}, over {3}")
	@CsvSource({ "10, 2, 2, 0", "10, 3, 2, 1", "5, 1, 1, 0", "4, 1, 0, 1", "9, 1, 1, 0", "0, 0, 0, 0" })
	void decree335CapsExcellentAtTwentyPercentOfThoseRatedGood(int good, int excellent, int cap, int over) {
		Quota quota = Quota.of(DECREE_335, false, good + excellent + 3, good, excellent);
		assertThat(quota.cap()).isEqualTo(cap);
		assertThat(quota.over()).isEqualTo(over);
		assertThat(quota.exceeded()).isEqualTo(over > 0);
	}

	@ParameterizedTest(name = "3814: {0} rated, {1} excellent, exceptional {2} → cap {3}")
	@CsvSource({ "10, 3, false, 3, 0", "10, 4, false, 3, 1", "10, 4, true, 4, 0", "7, 3, false, 2, 1",
			"7, 2, true, 2, 0" })
	void hanoiCapsAtThirtyPercentOfTheRatedFortyForExceptionalCollectives(int rated, int excellent,
			boolean exceptional, int cap, int over) {
		Quota quota = Quota.of(HANOI_3814, exceptional, rated, 0, excellent);
		assertThat(quota.cap()).isEqualTo(cap);
		assertThat(quota.over()).isEqualTo(over);
	}

	@ParameterizedTest(name = "{0} | absent {1} | disciplined {2} | leader {3} → {4}")
	@CsvSource({ "'95 95 95 95 95 95', 0, false, false, EXCELLENT, ",
			"'95 95 95 95 95', 0, false, false, NOT_CLASSIFIED, annual.reason.tooFewMonths",
			"'90 90 90 90 90 90', 0, false, false, EXCELLENT, ",
			"'90 89.99 90 89.99 90 90', 0, false, false, GOOD, ", // mean 89.9967 shows as 90.00 but bands use it unrounded
			"'95 95 95 95 95 95', 0, true, false, NOT_COMPLETED, annual.reason.disciplined",
			"'95 95 95 95 95 95 95 95 95', 3, false, false, COMPLETED, annual.reason.absent",
			"'60 60 60 60 60 60 60 60 60', 3, false, false, COMPLETED, ",
			"'95 95 95 95 95 95', 0, false, true, GOOD, annual.reason.leaderUnit",
			"'40 45 50 55 60 49', 0, false, false, NOT_COMPLETED, " })
	void theYearIsTheMeanOfTheMonthsThenTheHardRules(String months, int absent, boolean disciplined, boolean leader,
			ClassificationGrade grade, String reason) {
		List<BigDecimal> totals = java.util.Arrays.stream(months.split(" ")).map(BigDecimal::new).toList();
		AnnualRule.Outcome outcome = AnnualRule.classify(DECREE_335, new AnnualRule.Year(totals, absent, disciplined,
				leader, leader ? bd(60) : null, true));
		assertThat(outcome.grade()).isEqualTo(grade);
		assertThat(outcome.reason()).isEqualTo(reason);
	}

	@Test
	void aLeaderWhoseUnitReachesTheShareStaysExcellent() {
		List<BigDecimal> months = java.util.Collections.nCopies(12, bd(92));
		assertThat(AnnualRule.classify(DECREE_335, new AnnualRule.Year(months, 0, false, true, bd(70), true)).grade())
			.isEqualTo(ClassificationGrade.EXCELLENT);
		assertThat(AnnualRule.classify(DECREE_335, new AnnualRule.Year(months, 0, false, true, bd(80), false)).grade())
			.isEqualTo(ClassificationGrade.GOOD);
	}

	/** Decree 335/2025 with quarterly periods, as a province would add it. */
	static final EvaluationRuleSet DECREE_335_QUARTERLY = quarterly(DECREE_335);

	static EvaluationRuleSet quarterly(EvaluationRuleSet r) {
		return new EvaluationRuleSet(r.id(), r.code(), r.name(), r.legalBasis(), r.legalBasisDate(), r.validFrom(),
				r.validTo(), r.generalPoints(), r.resultsPoints(), r.bonusPoints(), r.excellentFrom(), r.goodFrom(),
				r.completedFrom(), r.gradeLetters(), r.quotaBasis(), r.quotaPercent(), r.quotaPercentExceptional(),
				r.reworkDeductionPercent(), r.lateDeductionPercent(), r.violationPoints(), r.unitViolationPoints(),
				r.reportPoints(), r.rollup(), r.annualDeadline(), r.minimumMonthsWorked(), r.absenceCapMonths(),
				r.selfDueDay(), r.reviewDueDay(), r.approvalDueDay(), r.leaderGoodSharePercent(),
				r.satisfactionFloorPercent(), r.satisfactionPoints(), r.leaderUnitWeightPercent(), r.unconfirmed(), 3);
	}

	@ParameterizedTest(name = "{0} in periods of {1} → {2} to {3}, deadlines in {4}")
	@CsvSource({
			"2026-01, 1, 2026-01, 2026-01, 2026-02",
			"2026-12, 1, 2026-12, 2026-12, 2027-01",
			"2026-01, 3, 2026-01, 2026-03, 2026-04",
			"2026-02, 3, 2026-01, 2026-03, 2026-04",
			"2026-06, 3, 2026-04, 2026-06, 2026-07",
			"2026-11, 3, 2026-10, 2026-12, 2027-01" })
	void aMonthBelongsToItsPeriod(String month, int months, String first, String last, String next) {
		EvaluationPeriod period = EvaluationPeriod.containing(java.time.YearMonth.parse(month), months);
		assertThat(List.of(period.first(), period.last(), period.next())).containsExactly(
				java.time.YearMonth.parse(first), java.time.YearMonth.parse(last), java.time.YearMonth.parse(next));
	}

	@ParameterizedTest(name = "quarters {0}, {1} absent → {2} {3}")
	@CsvSource({
			"'92 94 90 96', 0, EXCELLENT, ", // the year is the mean of its quarters
			"'92 94 80 88', 0, GOOD, ", // mean 88.5
			"'95', 0, NOT_CLASSIFIED, annual.reason.tooFewMonths", // one quarter is three months: fewer than six
			"'95 95', 0, EXCELLENT, ", // two quarters are six months worked
			"'95 95 95', 1, COMPLETED, annual.reason.absent" }) // a quarter absent is three months absent
	void aQuarterlyYearIsTheMeanOfItsQuartersAndAQuarterCountsThreeMonths(String quarters, int absent,
			ClassificationGrade grade, String reason) {
		List<BigDecimal> totals = java.util.Arrays.stream(quarters.split(" ")).map(BigDecimal::new).toList();
		AnnualRule.Outcome outcome = AnnualRule.classify(DECREE_335_QUARTERLY,
				new AnnualRule.Year(totals, absent, false, false, null, true));
		assertThat(outcome.grade()).isEqualTo(grade);
		assertThat(outcome.reason()).isEqualTo(reason);
	}
}
