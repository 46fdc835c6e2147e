package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.conduct.discipline.DisciplinaryMeasure;
import vn.congvu.evaluation.ClassificationGrade;

/**
 * The titles as stored, year by year: the same people and units judged by the rules of 2019 (Law 2003 amended 2013,
 * Decree 91/2017), of 2024 (Law 06/2022, Decree 98/2023) and of 2026 (Decree 152/2025 in its place). Each row is a
 * corrected rule with its answer in each year.
 */
class TitlesByTheTextsIntegrationTests extends IntegrationTestSupport {

	@Autowired Titles titles;

	@ParameterizedTest(name = "{0}: {1} in {2} → {3}")
	@CsvSource(delimiter = '|', value = {
			// 80% hold LĐTT, one CSTĐCS, one member warned: the 2013 Law's TTLĐXS excluded the unit, Art. 27 of 2022 does not
			"eighty percent LĐTT, one member warned      | TTLDXS | 2019 | false",
			"eighty percent LĐTT, one member warned      | TTLDXS | 2024 | true",
			"eighty percent LĐTT, one member warned      | TTLDXS | 2026 | true",
			// 70% rated good but only 60% hold LĐTT (one good member reprimanded): 2022 counts LĐTT holders
			"seventy percent good, sixty percent LĐTT    | TTLDXS | 2024 | false",
			"seventy percent good, sixty percent LĐTT    | TTLDXS | 2026 | false",
			// TTLĐTT: more than half held LĐTT under the 2013 Law; 70% under the 2022 Law
			"seventy percent good, sixty percent LĐTT    | TTLDTT | 2019 | true",
			"seventy percent good, sixty percent LĐTT    | TTLDTT | 2026 | false",
			"eighty percent LĐTT, one member warned      | TTLDTT | 2026 | false",
	})
	void aCollectiveTitleFollowsTheTextOfItsYear(String unit, String title, int year, boolean eligible) {
		List<Title> ofYear = titles.ofYear(year);
		List<TitleRules.PersonFacts> people = members(unit);
		List<Map<String, TitleRules.Verdict>> verdicts = people.stream().map(p -> TitleRules.person(ofYear, p)).toList();
		TitleRules.Verdict verdict = TitleRules.unit(ofYear, new TitleRules.Members(people, verdicts)).get(title);
		assertThat(verdict.eligible()).as("%s: %s", title, verdict.reasons()).isEqualTo(eligible);
	}

	@ParameterizedTest(name = "CSTĐCS in {0}, excellent without an initiative → {1}")
	@CsvSource({ "2019, false", "2024, true", "2026, true" })
	void anExcellentRatingStandsForAnInitiativeFromThe2022Law(int year, boolean eligible) {
		TitleRules.PersonFacts excellent = new TitleRules.PersonFacts(1, 1, ClassificationGrade.EXCELLENT, null, false,
				false);
		assertThat(TitleRules.person(titles.ofYear(year), excellent).get("CSTDCS").eligible()).isEqualTo(eligible);
	}

	@ParameterizedTest(name = "{0} in {1}: {2}× base salary, basis {3}, confirmed {4}")
	@CsvSource(delimiter = '|', value = {
			"TTLDTT | 2019 | 0.8 | Nghị định 91/2017  | false",
			"TTLDTT | 2024 | 0.8 | Nghị định 98/2023  | true",
			"TTLDTT | 2026 | 0.8 | Nghị định 152/2025 | false",
			"TTLDXS | 2024 | 1.5 | Nghị định 98/2023  | false",
			"TTLDXS | 2026 | 1.5 | Nghị định 152/2025 | false",
			"LDTT   | 2026 | 0.3 | Nghị định 152/2025 | false",
	})
	void theCashAndItsBasisFollowTheDecreeInForce(String code, int year, String multiple, String basis,
			boolean confirmed) {
		Title title = titles.find(year, code);
		assertThat(title.cashMultiple()).isEqualByComparingTo(multiple);
		assertThat(title.legalBasis()).contains(basis);
		assertThat(title.unconfirmed() == null).as("unconfirmed: %s", title.unconfirmed()).isEqualTo(confirmed);
		assertThat(TitleRules.cash(title, titles.baseSalaryOn(LocalDate.of(year, 12, 31))))
			.isEqualTo(new BigDecimal(multiple).multiply(BigDecimal.valueOf(titles.baseSalaryOn(LocalDate.of(year, 12, 31))))
				.longValue());
	}

	/** Ten members, the first an excellent one with an initiative (a CSTĐCS in every year). */
	private static List<TitleRules.PersonFacts> members(String unit) {
		List<TitleRules.PersonFacts> people = new ArrayList<>();
		people.add(person(ClassificationGrade.EXCELLENT, null, true));
		if (unit.startsWith("eighty")) {
			for (int i = 0; i < 7; i++) {
				people.add(person(ClassificationGrade.GOOD, null, false));
			}
			people.add(person(ClassificationGrade.COMPLETED, null, false));
			people.add(person(ClassificationGrade.GOOD, DisciplinaryMeasure.WARNING, false));
		}
		else {
			for (int i = 0; i < 5; i++) {
				people.add(person(ClassificationGrade.GOOD, null, false));
			}
			people.add(person(ClassificationGrade.GOOD, DisciplinaryMeasure.REPRIMAND, false));
			for (int i = 0; i < 3; i++) {
				people.add(person(ClassificationGrade.COMPLETED, null, false));
			}
		}
		return people;
	}

	private static TitleRules.PersonFacts person(ClassificationGrade grade, DisciplinaryMeasure measure,
			boolean initiative) {
		return new TitleRules.PersonFacts(1, 1, grade, measure, false, initiative);
	}
}
