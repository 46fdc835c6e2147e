package vn.congvu.conduct.discipline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.congvu.staff.StaffCategory;

/**
 * The rule sets, and the rules for choosing among them: the set in force on the relevant date for the person's
 * category decides the measures, the deadline and the statute of limitations. Plain logic, no database.
 */
public final class DisciplineRuleBook {

	private final List<DisciplineRuleSet> ruleSets;

	public DisciplineRuleBook(List<DisciplineRuleSet> ruleSets) {
		this.ruleSets = List.copyOf(ruleSets);
	}

	public List<DisciplineRuleSet> ruleSets() {
		return ruleSets;
	}

	/** The rule set for {@code category} in force on {@code date}; none for contract workers (labour law applies). */
	public Optional<DisciplineRuleSet> inForce(StaffCategory category, LocalDate date) {
		return ruleSets.stream().filter(r -> r.categories().contains(category) && r.inForceOn(date))
			.max(Comparator.comparing(DisciplineRuleSet::validFrom));
	}

	/** The measures allowed on {@code date} for a person of {@code category}, lightest first. */
	public List<DisciplineRuleSet.Form> measures(StaffCategory category, boolean leader, LocalDate date) {
		return inForce(category, date).map(r -> r.forms().stream().filter(f -> f.appliesTo(category, leader))
			.sorted(Comparator.comparingInt(DisciplineRuleSet.Form::severity)).toList()).orElse(List.of());
	}

	/** The last day for the decision, counted from the day the violation was detected. */
	public Optional<LocalDate> decisionDeadline(StaffCategory category, LocalDate detectedOn, boolean complex) {
		return inForce(category, detectedOn)
			.map(r -> detectedOn.plusDays(complex ? r.complexDecisionDays() : r.decisionDays()));
	}

	/**
	 * The last day on which discipline can still be imposed for a violation committed on {@code committedOn}:
	 * {@code minor} violations (reprimand level) have the shorter period.
	 */
	public Optional<LocalDate> limitationEnds(StaffCategory category, LocalDate committedOn, boolean minor) {
		return inForce(category, committedOn).map(r -> committedOn
			.plusYears(minor ? r.limitationYearsMinor() : r.limitationYearsOther()).minusDays(1));
	}
}
