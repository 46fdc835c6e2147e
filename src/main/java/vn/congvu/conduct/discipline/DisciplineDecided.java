package vn.congvu.conduct.discipline;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published when a disciplinary decision is issued: the measure, the person, the decision date and the period it
 * takes effect for ({@code effectUntil} empty for measures that end the employment).
 */
public record DisciplineDecided(long caseId, long staffId, DisciplinaryMeasure measure, LocalDate decisionDate,
		LocalDate effectFrom, @Nullable LocalDate effectUntil) {
}
