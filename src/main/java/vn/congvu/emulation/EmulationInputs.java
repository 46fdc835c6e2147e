package vn.congvu.emulation;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.discipline.DisciplinaryCaseClosedWithoutDiscipline;
import vn.congvu.conduct.discipline.DisciplinaryCaseOpened;
import vn.congvu.conduct.discipline.DisciplineDecided;
import vn.congvu.evaluation.AnnualClassificationApproved;
import vn.congvu.evaluation.AnnualClassifications;

/**
 * What the other modules announce, kept as emulation needs it, in the announcing transaction: each approved annual
 * level, each disciplinary decision, and which people are under disciplinary review (from the opening of a case to
 * its decision or its end without discipline).
 */
@Component
class EmulationInputs {

	private final JdbcClient jdbc;
	private final AnnualClassifications annual;

	EmulationInputs(JdbcClient jdbc, AnnualClassifications annual) {
		this.jdbc = jdbc;
		this.annual = annual;
	}

	@EventListener
	void on(AnnualClassificationApproved event) {
		for (AnnualClassifications.ApprovedResult result : annual.approvedResults(event.classificationId())) {
			jdbc.sql("""
					insert into emulation.annual_grade (staff_id, year, unit_id, grade) values (:s, :y, :u, :g)
					on conflict (staff_id, year) do update set unit_id = excluded.unit_id, grade = excluded.grade""")
				.param("s", result.staffId()).param("y", event.year()).param("u", event.unitId())
				.param("g", result.grade().name()).update();
		}
	}

	@EventListener
	void on(DisciplineDecided event) {
		jdbc.sql("""
				insert into emulation.discipline (case_id, staff_id, measure, decided_on) values (:c, :s, :m, :d)
				on conflict (case_id) do nothing""").param("c", event.caseId()).param("s", event.staffId())
			.param("m", event.measure().name()).param("d", event.decisionDate()).update();
		close(event.caseId(), event.decisionDate());
	}

	@EventListener
	void on(DisciplinaryCaseOpened event) {
		jdbc.sql("""
				insert into emulation.pending_case (case_id, staff_id, opened_on) values (:c, :s, :d)
				on conflict (case_id) do nothing""").param("c", event.caseId()).param("s", event.staffId())
			.param("d", event.openedOn()).update();
	}

	@EventListener
	void on(DisciplinaryCaseClosedWithoutDiscipline event) {
		close(event.caseId(), event.closedOn());
	}

	private void close(long caseId, java.time.LocalDate on) {
		jdbc.sql("update emulation.pending_case set closed_on = :d where case_id = :c and closed_on is null")
			.param("d", on).param("c", caseId).update();
	}
}
