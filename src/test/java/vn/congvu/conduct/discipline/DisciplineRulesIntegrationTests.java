package vn.congvu.conduct.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.platform.Role;
import vn.congvu.staff.StaffCategory;

/** The shipped rule sets (Decrees 112/2020 and 172/2025) as stored in PostgreSQL. */
class DisciplineRulesIntegrationTests extends IntegrationTestSupport {

	@Autowired
	DisciplineRules rules;

	@ParameterizedTest(name = "{0}, leader {1}, {2} → {3}")
	@CsvSource(textBlock = """
			CIVIL_SERVANT,   false, 2024-05-10, REPRIMAND WARNING SALARY_DOWNGRADE FORCED_RESIGNATION
			CIVIL_SERVANT,   true,  2024-05-10, REPRIMAND WARNING DEMOTION DISMISSAL FORCED_RESIGNATION
			CIVIL_SERVANT,   false, 2025-06-30, REPRIMAND WARNING SALARY_DOWNGRADE FORCED_RESIGNATION
			CIVIL_SERVANT,   false, 2025-07-01, REPRIMAND WARNING FORCED_RESIGNATION
			CIVIL_SERVANT,   true,  2025-07-01, REPRIMAND WARNING DISMISSAL FORCED_RESIGNATION
			CADRE,           false, 2024-05-10, REPRIMAND WARNING DISMISSAL REMOVAL_FROM_OFFICE
			CADRE,           false, 2026-01-15, REPRIMAND WARNING REMOVAL_FROM_OFFICE
			CADRE,           true,  2026-01-15, REPRIMAND WARNING DISMISSAL REMOVAL_FROM_OFFICE
			PUBLIC_EMPLOYEE, false, 2026-01-15, REPRIMAND WARNING FORCED_RESIGNATION
			PUBLIC_EMPLOYEE, true,  2026-01-15, REPRIMAND WARNING DISMISSAL FORCED_RESIGNATION
			WORKER,          false, 2026-01-15, ''
			CIVIL_SERVANT,   false, 2019-01-01, ''
			""")
	void measuresFollowTheDecreeInForceForTheCategoryAndPost(StaffCategory category, boolean leader,
			LocalDate date, String expected) {
		String measures = String.join(" ", rules.book().measures(category, leader, date).stream()
			.map(f -> f.measure().name()).toList());
		assertThat(measures).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} detected {1}, complex {2} → decide by {3}")
	@CsvSource(textBlock = """
			CIVIL_SERVANT,   2025-06-15, false, 2025-09-13
			CIVIL_SERVANT,   2025-07-01, false, 2025-09-29
			CIVIL_SERVANT,   2025-07-01, true,  2025-11-28
			PUBLIC_EMPLOYEE, 2026-02-01, true,  2026-07-01
			""")
	void theDecisionDeadlineIs90Or150Days(StaffCategory category, LocalDate detected, boolean complex,
			LocalDate deadline) {
		assertThat(rules.book().decisionDeadline(category, detected, complex)).contains(deadline);
	}

	@Test
	void theStatuteOfLimitationIsConfigurableData() {
		assertThat(rules.book().limitationEnds(StaffCategory.CIVIL_SERVANT, LocalDate.of(2025, 8, 1), true))
			.contains(LocalDate.of(2027, 7, 31));
		assertThat(rules.book().limitationEnds(StaffCategory.CIVIL_SERVANT, LocalDate.of(2025, 8, 1), false))
			.contains(LocalDate.of(2030, 7, 31));
	}

	@Test
	void theRulesPageListsEveryRuleSet() {
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.INSPECTOR, null), TestAccounts.PASSWORD);
		String page = web.get("/conduct/rules").body();
		assertThat(page).contains("Nghị định 172/2025/NĐ-CP", "Nghị định 112/2020/NĐ-CP", "Giáng chức", "Bãi nhiệm",
				"Đang có hiệu lực", "Hết hiệu lực", "90 ngày; vụ việc phức tạp 150 ngày");
	}
}
