package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.conduct.discipline.DisciplinaryMeasure;
import vn.congvu.evaluation.ClassificationGrade;

/**
 * The titles' conditions at their boundaries, on hand-made titles that exercise every kind of condition (the first
 * rows of V24; the titles as stored year by year, corrected by the texts, are checked in
 * {@link TitlesByTheTextsIntegrationTests}).
 */
class TitleRulesTests {

	static final LocalDate FROM = LocalDate.of(2024, 1, 1);
	static final Title LDTT = new Title(1, "LDTT", "Lao động tiên tiến", TitleKind.INDIVIDUAL, "Luật 06/2022", FROM, null,
			ClassificationGrade.GOOD, null, false, DisciplinaryMeasure.REPRIMAND, null, null, null, false, null, null,
			new BigDecimal("0.3"), "UBND", null, 1, false);
	static final Title CSTDCS = new Title(2, "CSTDCS", "Chiến sĩ thi đua cơ sở", TitleKind.INDIVIDUAL, "Luật 06/2022",
			FROM, null, ClassificationGrade.GOOD, "LDTT", true, DisciplinaryMeasure.REPRIMAND, null, null, null, false,
			null, null, new BigDecimal("1.0"), "UBND", null, 2, false);
	static final Title TTLDTT = new Title(3, "TTLDTT", "Tập thể lao động tiên tiến", TitleKind.COLLECTIVE, "Luật 06/2022",
			FROM, null, null, null, false, null, "LDTT", new BigDecimal(70), null, false, null,
			DisciplinaryMeasure.WARNING, BigDecimal.ZERO, "UBND", null, 3, false);
	static final Title TTLDXS = new Title(4, "TTLDXS", "Tập thể lao động xuất sắc", TitleKind.COLLECTIVE, "Luật 06/2022",
			FROM, null, null, null, false, null, null, null, new BigDecimal(70), true, "CSTDCS",
			DisciplinaryMeasure.WARNING, new BigDecimal("1.5"), "UBND", null, 4, false);
	static final List<Title> TITLES = List.of(LDTT, CSTDCS, TTLDTT, TTLDXS);

	static TitleRules.PersonFacts person(String grade, String measure, boolean pending, boolean initiative) {
		return new TitleRules.PersonFacts(1, 1, grade.isEmpty() ? null : ClassificationGrade.valueOf(grade),
				measure.isEmpty() ? null : DisciplinaryMeasure.valueOf(measure), pending, initiative);
	}

	@ParameterizedTest(name = "{0}, discipline {1}, pending {2}, initiative {3} → LĐTT {4}, CSTĐCS {5}")
	@CsvSource({
			"EXCELLENT, '', false, false, true, true",
			"GOOD, '', false, false, true, false",
			"GOOD, '', false, true, true, true",
			"COMPLETED, '', false, true, false, false",
			"NOT_COMPLETED, '', false, false, false, false",
			"NOT_CLASSIFIED, '', false, true, false, false",
			"'', '', false, false, false, false",
			"EXCELLENT, REPRIMAND, false, false, false, false",
			"EXCELLENT, WARNING, false, true, false, false",
			"EXCELLENT, '', true, false, false, false",
			"GOOD, '', true, true, false, false" })
	void individualTitlesFollowTheLevelDisciplineAndPendingCases(String grade, String measure, boolean pending,
			boolean initiative, boolean ldtt, boolean cstdcs) {
		Map<String, TitleRules.Verdict> verdicts = TitleRules.person(TITLES, person(grade, measure, pending, initiative));
		assertThat(verdicts.get("LDTT").eligible()).isEqualTo(ldtt);
		assertThat(verdicts.get("CSTDCS").eligible()).isEqualTo(cstdcs);
		assertThat(verdicts).doesNotContainKeys("TTLDTT", "TTLDXS");
	}

	@Test
	void eachConditionIsNamedMetOrNot() {
		TitleRules.Verdict verdict = TitleRules.person(TITLES, person("GOOD", "", true, false)).get("CSTDCS");
		assertThat(verdict.reasons()).containsExactly("ok.grade|GOOD|GOOD", "ok.noDiscipline|REPRIMAND",
				"no.requires|LDTT", "no.excellentOrInitiative", "no.pendingCase");
	}

	/** A unit of {@code size} people: {@code good} rated good (the rest completed), one disciplined with {@code measure}. */
	static TitleRules.Members unit(int size, int good, int excellent, String measure) {
		List<TitleRules.PersonFacts> people = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String grade = i < excellent ? "EXCELLENT" : i < excellent + good ? "GOOD" : "COMPLETED";
			people.add(person(grade, i == size - 1 ? measure : "", false, false));
		}
		return new TitleRules.Members(people, people.stream().map(p -> TitleRules.person(TITLES, p)).toList());
	}

	@ParameterizedTest(name = "{0} people, {1} good, {2} excellent, last disciplined {3} → TTLĐTT {4}, TTLĐXS {5}")
	@CsvSource({
			"10, 7, 0, '', true, false",
			"10, 6, 0, '', false, false",
			"100, 70, 0, '', true, false",
			"100, 69, 0, '', false, false",
			"10, 6, 1, '', true, true",
			"10, 7, 0, REPRIMAND, true, false",
			"10, 8, 0, REPRIMAND, true, false",
			"10, 9, 0, WARNING, false, false",
			"10, 9, 1, WARNING, false, false",
			"10, 8, 2, REPRIMAND, true, true",
			"3, 2, 0, '', false, false" })
	void collectiveTitlesCountTheMembersAtTheBoundary(int size, int good, int excellent, String measure,
			boolean ttldtt, boolean ttldxs) {
		Map<String, TitleRules.Verdict> verdicts = TitleRules.unit(TITLES, unit(size, good, excellent, measure));
		assertThat(verdicts.get("TTLDTT").eligible()).as("TTLĐTT %s", verdicts.get("TTLDTT").reasons()).isEqualTo(ttldtt);
		assertThat(verdicts.get("TTLDXS").eligible()).as("TTLĐXS %s", verdicts.get("TTLDXS").reasons()).isEqualTo(ttldxs);
	}

	@Test
	void aUnitWithoutMembersMeetsNothing() {
		assertThat(TitleRules.unit(TITLES, new TitleRules.Members(List.of(), List.of())).values())
			.allSatisfy(v -> assertThat(v.eligible()).isFalse());
	}

	@ParameterizedTest(name = "{0} approvals of {1} members at {2}% → {3}")
	@CsvSource({ "9, 10, 90, true", "8, 10, 90, false", "6, 11, 50, true", "5, 11, 50, false", "0, 0, 50, false",
			"6, 10, 50.01, true", "5, 10, 50.01, false" })
	void aCouncilCountsApprovalsOverAllItsMembers(int approvals, int members, BigDecimal threshold, boolean passes) {
		assertThat(TitleRules.passes(approvals, members, threshold)).isEqualTo(passes);
	}

	@ParameterizedTest(name = "{0} × {1} đ → {2} đ")
	@CsvSource({ "LDTT, 2340000, 702000", "CSTDCS, 2340000, 2340000", "TTLDXS, 2340000, 3510000",
			"LDTT, 1800000, 540000", "TTLDTT, 2340000, 0" })
	void theCashAwardIsAMultipleOfTheBaseSalary(String code, long baseSalary, long amount) {
		Title title = TITLES.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
		assertThat(TitleRules.cash(title, baseSalary)).isEqualTo(amount);
	}
}
