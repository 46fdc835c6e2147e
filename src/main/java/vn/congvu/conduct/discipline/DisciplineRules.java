package vn.congvu.conduct.discipline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.staff.StaffCategory;

/** Loads the disciplinary rule sets from the database into a {@link DisciplineRuleBook}. */
@Service
@Transactional(readOnly = true)
public class DisciplineRules {

	private final JdbcClient jdbc;

	DisciplineRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(long id, String code, String legalBasis, java.time.LocalDate legalBasisDate,
			java.time.LocalDate validFrom, java.time.LocalDate validTo, int decisionDays, int complexDecisionDays,
			int limitationYearsMinor, int limitationYearsOther, String note) {
	}

	private record FormRow(long ruleSetId, StaffCategory staffCategory, DisciplinaryMeasure measure, int severity,
			boolean leadersOnly, boolean staffOnly) {
	}

	private record CategoryRow(long ruleSetId, StaffCategory staffCategory) {
	}

	/** The rule book for the rules page: officers, heads and inspectors consult it; staff do not. */
	public DisciplineRuleBook book(vn.congvu.platform.Viewer viewer) {
		vn.congvu.shared.NotPermittedException.unless(viewer.mayReadDisciplineRules());
		return book();
	}

	/** The rule book as stored now (rule sets change rarely; read them when needed), for this module's rules. */
	DisciplineRuleBook book() {
		Map<Long, List<FormRow>> forms = jdbc.sql("select * from conduct.discipline_form order by staff_category, severity, measure")
			.query(Rows.as(FormRow.class)).list()
			.stream().collect(Collectors.groupingBy(FormRow::ruleSetId));
		Map<Long, Set<StaffCategory>> categories = jdbc.sql("select * from conduct.discipline_rule_category")
			.query(Rows.as(CategoryRow.class)).list().stream().collect(Collectors.groupingBy(CategoryRow::ruleSetId,
					Collectors.mapping(CategoryRow::staffCategory, Collectors.toSet())));
		return new DisciplineRuleBook(jdbc.sql("select * from conduct.discipline_rule_set order by valid_from, code")
			.query(Rows.as(Row.class)).list().stream()
			.map(r -> new DisciplineRuleSet(r.code(), r.legalBasis(), r.legalBasisDate(), r.validFrom(), r.validTo(),
					r.decisionDays(), r.complexDecisionDays(), r.limitationYearsMinor(), r.limitationYearsOther(),
					r.note(), categories.getOrDefault(r.id(), Set.of()),
					forms.getOrDefault(r.id(), List.of()).stream()
						.map(f -> new DisciplineRuleSet.Form(f.staffCategory(), f.measure(), f.severity(),
								f.leadersOnly(), f.staffOnly()))
						.toList()))
			.toList());
	}
}
