package vn.congvu.conduct.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.congvu.staff.StaffCategory;

/**
 * Bộ quy định kỷ luật: one decree's rules for some staff categories over a period ({@code validTo} exclusive).
 *
 * @param decisionDays days from detecting a violation to the decision
 * @param complexDecisionDays the same for complex cases
 * @param limitationYearsMinor statute of limitations for violations at reprimand level
 * @param limitationYearsOther statute of limitations for the others
 */
public record DisciplineRuleSet(String code, String legalBasis, LocalDate legalBasisDate, LocalDate validFrom,
		@Nullable LocalDate validTo, int decisionDays, int complexDecisionDays, int limitationYearsMinor,
		int limitationYearsOther, @Nullable String note, Set<StaffCategory> categories, List<Form> forms) {

	/** A measure the rule set allows for a category; {@code leadersOnly}/{@code staffOnly} narrow it by post. */
	public record Form(StaffCategory category, DisciplinaryMeasure measure, int severity, boolean leadersOnly,
			boolean staffOnly) {

		boolean appliesTo(StaffCategory staffCategory, boolean leader) {
			return category == staffCategory && !(leadersOnly && !leader) && !(staffOnly && leader);
		}
	}

	public boolean inForceOn(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
	}
}
