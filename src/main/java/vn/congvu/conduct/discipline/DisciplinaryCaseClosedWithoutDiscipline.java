package vn.congvu.conduct.discipline;

import java.time.LocalDate;

/**
 * Published when a disciplinary case ends without discipline: the person is no longer under disciplinary review, so
 * emulation may propose them again. (A case that ends in discipline publishes {@link DisciplineDecided}.)
 */
public record DisciplinaryCaseClosedWithoutDiscipline(long caseId, long staffId, LocalDate closedOn) {
}
