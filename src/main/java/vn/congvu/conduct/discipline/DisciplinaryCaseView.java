package vn.congvu.conduct.discipline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.congvu.staff.StaffCategory;

/** A disciplinary case as its handlers see it. */
public record DisciplinaryCaseView(long id, long violationId, String violationDescription, long staffId,
		String staffName, long unitId, String unitName, StaffCategory category, boolean leader, String ruleSet, String ruleSetBasis,
		LocalDate committedOn, LocalDate detectedOn, boolean complex, LocalDate decisionDue,
		LocalDate limitationEnds, CaseStage stage, @Nullable DisciplinaryMeasure measure,
		@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable LocalDate effectFrom,
		@Nullable LocalDate effectUntil, boolean hasDecisionDocument, String openedBy, OffsetDateTime openedAt,
		boolean overdue) {

	public record Step(CaseStage stage, LocalDate heldOn, @Nullable String note, String actor) {
	}

	public record Postponement(PostponementReason reason, LocalDate fromOn, LocalDate untilOn, @Nullable String note) {
	}

	/** The case with its steps and postponements, for its page. */
	public record Detail(DisciplinaryCaseView header, List<Step> steps, List<Postponement> postponements,
			List<DisciplinaryMeasure> measures, List<String> handlers) {
	}
}
