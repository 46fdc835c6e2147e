package vn.congvu.reformindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkItems;

/**
 * The PAR Index steps waiting for the person: their unit's self-assessment until its deadline, and the submitted
 * self-assessments they vote on as a member of the appraisal council (not yet voted, not their own unit's).
 */
@Component
class ReformIndexWork implements WorkItems {

	private final JdbcClient jdbc;

	ReformIndexWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Step(long id, String unitName, String methodologyName, LocalDate deadline) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> itemsFor(Viewer viewer, LocalDate today) {
		List<Item> items = new ArrayList<>();
		if (viewer.mayAssessOwnUnit()) {
			jdbc.sql("""
					select a.id, u.name as unit_name, m.name as methodology_name, a.deadline
					from reformindex.assessment a
					join reformindex.methodology m on m.id = a.methodology_id
					join orgunit.published_unit u on u.id = a.unit_id
					where a.status = 'OPEN' and a.deadline >= :today and u.path like :scope || '%'
					order by a.deadline, u.path""").param("today", today).param("scope", viewer.scopePath())
				.query(Rows.as(Step.class)).list()
				.forEach(s -> items.add(new Item("home.kind.parSelfAssessment", s.unitName() + " – " + s.methodologyName(),
						"/reform-index/assessments/" + s.id(), s.deadline(), false)));
		}
		if (viewer.staffId() != null) {
			jdbc.sql("""
					select a.id, u.name as unit_name, m.name as methodology_name, a.deadline
					from reformindex.assessment a
					join reformindex.methodology m on m.id = a.methodology_id
					join reformindex.council_member c on c.methodology_id = m.id and c.staff_id = :me
					join orgunit.published_unit u on u.id = a.unit_id
					where a.status = 'SUBMITTED'
					  and not exists (select 1 from reformindex.appraisal_participation p
					                  where p.assessment_id = a.id and p.staff_id = :me)
					  and not exists (select 1 from staff.published_assignment s where s.unit_id = a.unit_id
					                  and s.staff_id = :me and s.valid_from <= :today
					                  and (s.valid_to is null or s.valid_to > :today))
					order by u.path""").param("me", viewer.staffId()).param("today", today)
				.query(Rows.as(Step.class)).list()
				.forEach(s -> items.add(new Item("home.kind.parVote", s.unitName() + " – " + s.methodologyName(),
						"/reform-index/assessments/" + s.id(), null, false)));
		}
		return items;
	}
}
