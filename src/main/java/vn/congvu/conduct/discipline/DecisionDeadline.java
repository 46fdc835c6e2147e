package vn.congvu.conduct.discipline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The processing deadline of a case with its postponements: days spent waiting for one of the postponement reasons
 * do not count, so the deadline moves by the number of distinct days postponed (overlaps counted once). This reading
 * of the decree is an assumption, stated on the case page.
 */
final class DecisionDeadline {

	record Period(LocalDate from, LocalDate until) {
	}

	private DecisionDeadline() {
	}

	static LocalDate extend(LocalDate due, List<Period> postponements) {
		long days = 0;
		LocalDate coveredUntil = LocalDate.MIN;
		for (Period period : postponements.stream().sorted(Comparator.comparing(Period::from)).toList()) {
			LocalDate start = period.from().isAfter(coveredUntil) ? period.from() : coveredUntil.plusDays(1);
			if (!start.isAfter(period.until())) {
				days += ChronoUnit.DAYS.between(start, period.until()) + 1;
				coveredUntil = period.until();
			}
		}
		return due.plusDays(days);
	}
}
