package vn.congvu.conduct.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.staff.StaffCategory;

/** The choice among rule sets, on a small synthetic rule book (the shipped one is tested on PostgreSQL). */
class DisciplineRuleBookTests {

	static final DisciplineRuleBook BOOK = new DisciplineRuleBook(List.of(
			new DisciplineRuleSet("OLD", "Old decree", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
					LocalDate.of(2025, 7, 1), 90, 150, 2, 5, null, Set.of(StaffCategory.CIVIL_SERVANT),
					List.of(form(DisciplinaryMeasure.REPRIMAND, 1, false, false),
							form(DisciplinaryMeasure.SALARY_DOWNGRADE, 3, false, true),
							form(DisciplinaryMeasure.DEMOTION, 3, true, false))),
			new DisciplineRuleSet("NEW", "New decree", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), null, 60,
					120, 5, 10, null, Set.of(StaffCategory.CIVIL_SERVANT),
					List.of(form(DisciplinaryMeasure.WARNING, 2, false, false),
							form(DisciplinaryMeasure.REPRIMAND, 1, false, false)))));

	@ParameterizedTest(name = "{0}, leader {1} → {2}")
	@CsvSource(textBlock = """
			2019-12-31, false, ''
			2020-01-01, false, REPRIMAND SALARY_DOWNGRADE
			2020-01-01, true,  REPRIMAND DEMOTION
			2025-06-30, false, REPRIMAND SALARY_DOWNGRADE
			2025-07-01, false, REPRIMAND WARNING
			2025-07-01, true,  REPRIMAND WARNING
			""")
	void theRuleSetInForceOnTheDateDecides(LocalDate date, boolean leader, String expected) {
		List<String> measures = BOOK.measures(StaffCategory.CIVIL_SERVANT, leader, date).stream()
			.map(f -> f.measure().name()).toList();
		assertThat(String.join(" ", measures)).isEqualTo(expected);
	}

	@Test
	void deadlinesAndLimitationFollowTheSetOfTheirDate() {
		assertThat(BOOK.decisionDeadline(StaffCategory.CIVIL_SERVANT, LocalDate.of(2025, 6, 30), false))
			.contains(LocalDate.of(2025, 9, 28));
		assertThat(BOOK.decisionDeadline(StaffCategory.CIVIL_SERVANT, LocalDate.of(2025, 7, 1), true))
			.contains(LocalDate.of(2025, 10, 29));
		assertThat(BOOK.limitationEnds(StaffCategory.CIVIL_SERVANT, LocalDate.of(2024, 3, 1), true))
			.contains(LocalDate.of(2026, 2, 28));
		assertThat(BOOK.limitationEnds(StaffCategory.CIVIL_SERVANT, LocalDate.of(2025, 8, 1), false))
			.contains(LocalDate.of(2035, 7, 31));
		assertThat(BOOK.decisionDeadline(StaffCategory.WORKER, LocalDate.of(2025, 8, 1), false)).isEmpty();
	}

	private static DisciplineRuleSet.Form form(DisciplinaryMeasure measure, int severity, boolean leaders,
			boolean staff) {
		return new DisciplineRuleSet.Form(StaffCategory.CIVIL_SERVANT, measure, severity, leaders, staff);
	}
}
