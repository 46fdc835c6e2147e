package vn.congvu.conduct.discipline;

import java.time.LocalDate;

/** Published when a disciplinary case opens; emulation will hold back commendation while it is under way. */
public record DisciplinaryCaseOpened(long caseId, long violationId, long staffId, long unitId, LocalDate openedOn,
		LocalDate decisionDue) {
}
