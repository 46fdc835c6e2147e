package vn.congvu.conduct.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case's steps and its deadline with postponements, as tables. */
class DisciplinaryCaseRulesTests {

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource(textBlock = """
			OPENED,         REVIEW_MEETING, true
			OPENED,         COUNCIL,        true
			OPENED,         NO_DISCIPLINE,  true
			OPENED,         DECIDED,        false
			REVIEW_MEETING, COUNCIL,        true
			REVIEW_MEETING, NO_DISCIPLINE,  true
			REVIEW_MEETING, DECIDED,        false
			REVIEW_MEETING, OPENED,         false
			COUNCIL,        DECIDED,        true
			COUNCIL,        NO_DISCIPLINE,  true
			COUNCIL,        REVIEW_MEETING, false
			DECIDED,        COUNCIL,        false
			DECIDED,        NO_DISCIPLINE,  false
			NO_DISCIPLINE,  DECIDED,        false
			""")
	void stepsFollowTheProcedure(CaseStage from, CaseStage to, boolean allowed) {
		assertThat(from.canBecome(to)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "skip review {0} → {1}: {2}")
	@CsvSource(textBlock = """
			OPENED,         COUNCIL, true
			REVIEW_MEETING, COUNCIL, false
			OPENED,         REVIEW_MEETING, false
			""")
	void goingStraightToTheCouncilSkipsTheReviewMeeting(CaseStage from, CaseStage to, boolean skips) {
		assertThat(from.skipsReviewMeeting(to)).isEqualTo(skips);
	}

	@ParameterizedTest(name = "due {0} with {1} → {2}")
	@CsvSource(textBlock = """
			2026-03-01, '',                                             2026-03-01
			2026-03-01, 2026-01-10..2026-01-19,                         2026-03-11
			2026-03-01, 2026-01-10..2026-01-10,                         2026-03-02
			2026-03-01, 2026-01-10..2026-01-19 2026-01-15..2026-01-24,  2026-03-16
			2026-03-01, 2026-01-15..2026-01-24 2026-01-10..2026-01-19,  2026-03-16
			2026-03-01, 2026-01-10..2026-01-30 2026-01-12..2026-01-14,  2026-03-22
			2026-03-01, 2026-01-01..2026-01-05 2026-02-01..2026-02-05,  2026-03-11
			""")
	void postponedDaysMoveTheDeadlineOnceEach(LocalDate due, String periods, LocalDate expected) {
		List<DecisionDeadline.Period> list = new ArrayList<>();
		for (String period : periods.isBlank() ? new String[0] : periods.split(" ")) {
			String[] ends = period.split("\\.\\.");
			list.add(new DecisionDeadline.Period(LocalDate.parse(ends[0]), LocalDate.parse(ends[1])));
		}
		assertThat(DecisionDeadline.extend(due, list)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} committed {1}, minor {2} → {3}")
	@CsvSource(textBlock = """
			CIVIL_SERVANT,   2024-03-01, true,  2026-02-28
			CIVIL_SERVANT,   2024-03-01, false, 2029-02-28
			CIVIL_SERVANT,   2025-08-01, true,  2030-07-31
			CIVIL_SERVANT,   2025-08-01, false, 2035-07-31
			""")
	void theStatuteOfLimitationsComesFromTheSetInForceWhenTheViolationWasCommitted(
			vn.congvu.staff.StaffCategory category, LocalDate committed, boolean minor, LocalDate expected) {
		assertThat(DisciplineRuleBookTests.BOOK.limitationEnds(category, committed, minor)).contains(expected);
	}
}
