package vn.congvu.conduct.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.RecordNotFoundException;

/** Reads disciplinary cases for the accounts that handle them; to anyone else a case does not exist. */
@Service
@Transactional(readOnly = true)
public class DisciplinaryCaseQueries {

	private static final String COLUMNS = """
			select c.id, c.violation_id, v.description as violation_description, c.staff_id,
			       s.full_name as staff_name, c.unit_id, u.name as unit_name, c.category, c.leader, c.rule_set,
			       r.legal_basis as rule_set_basis,
			       c.committed_on, c.detected_on, c.complex, c.decision_due, c.limitation_ends, c.stage, c.measure,
			       c.decision_number, c.decision_date, c.effect_from, c.effect_until,
			       (c.decision_pdf is not null) as has_decision_document, c.opened_by, c.opened_at,
			       (c.stage not in ('DECIDED', 'NO_DISCIPLINE') and c.decision_due < :today) as overdue
			from conduct.disciplinary_case c
			join conduct.violation v on v.id = c.violation_id
			join staff.published_member s on s.id = c.staff_id
			join orgunit.published_unit u on u.id = c.unit_id
			join conduct.discipline_rule_set r on r.code = c.rule_set
			""";

	/** The cases the viewer handles. */
	private static final String SELECT = COLUMNS
			+ " where exists (select 1 from conduct.case_handler h where h.case_id = c.id and h.username = :me)";

	/** The cases of the person concerned: their own only. */
	private static final String CONCERNING = COLUMNS + " where c.staff_id = :staff";

	private final JdbcClient jdbc;
	private final DisciplineRules rules;
	private final Clock clock;

	DisciplinaryCaseQueries(JdbcClient jdbc, DisciplineRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	/** The cases the viewer handles, open ones first, nearest deadline first. */
	public List<DisciplinaryCaseView> mine(Viewer viewer) {
		return jdbc.sql(SELECT + " order by c.stage in ('DECIDED', 'NO_DISCIPLINE'), c.decision_due, c.id")
			.param("me", viewer.username()).param("today", LocalDate.now(clock))
			.query(Rows.as(DisciplinaryCaseView.class)).list();
	}

	/** One case with its history and the measures open to it today, or "not found" for non-handlers. */
	public DisciplinaryCaseView.Detail find(Viewer viewer, long id) {
		DisciplinaryCaseView header = header(viewer, id);
		return new DisciplinaryCaseView.Detail(header,
				jdbc.sql("select stage, held_on, note, actor from conduct.case_step where case_id = :id order by id")
					.param("id", id).query(Rows.as(DisciplinaryCaseView.Step.class)).list(),
				jdbc.sql("""
						select reason, from_on, until_on, note from conduct.case_postponement where case_id = :id
						order by from_on""").param("id", id).query(Rows.as(DisciplinaryCaseView.Postponement.class)).list(),
				rules.book().measures(header.category(), header.leader(), LocalDate.now(clock)).stream()
					.map(DisciplineRuleSet.Form::measure).toList(),
				jdbc.sql("select username from conduct.case_handler where case_id = :id order by username")
					.param("id", id).query(String.class).list());
	}

	/** The case alone, or "not found" for non-handlers. */
	public DisciplinaryCaseView header(Viewer viewer, long id) {
		return jdbc.sql(SELECT + " and c.id = :id").param("me", viewer.username())
			.param("today", LocalDate.now(clock)).param("id", id).query(Rows.as(DisciplinaryCaseView.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("disciplinaryCase", id));
	}

	/**
	 * The cases that concern the viewer as the person disciplined (read-only for them: the stage, the deadline, the
	 * decision), newest first; nothing for an account not linked to a staff record.
	 */
	public List<DisciplinaryCaseView> concerningMe(Viewer viewer) {
		if (viewer.staffId() == null) {
			return List.of();
		}
		return jdbc.sql(CONCERNING + " order by c.opened_at desc").param("staff", viewer.staffId()).param("today", LocalDate.now(clock))
			.query(Rows.as(DisciplinaryCaseView.class)).list();
	}

	/** One case that concerns the viewer, with its history, or "not found". */
	public DisciplinaryCaseView.Detail concerningMe(Viewer viewer, long id) {
		DisciplinaryCaseView header = concerningMe(viewer).stream().filter(c -> c.id() == id).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("disciplinaryCase", id));
		return new DisciplinaryCaseView.Detail(header,
				jdbc.sql("select stage, held_on, note, actor from conduct.case_step where case_id = :id order by id")
					.param("id", id).query(Rows.as(DisciplinaryCaseView.Step.class)).list(),
				List.of(), List.of(), List.of());
	}

	/** Whether the viewer handles the case. */
	public boolean handles(Viewer viewer, long id) {
		return jdbc.sql("select exists (select 1 from conduct.case_handler where case_id = :id and username = :me)")
			.param("id", id).param("me", viewer.username()).query(Boolean.class).single();
	}

	/** The decision document of a decided case, for its handlers and for the person it concerns. */
	public byte[] decisionDocument(Viewer viewer, long id) {
		if (!handles(viewer, id)) {
			concerningMe(viewer, id);
		}
		else {
			header(viewer, id);
		}
		return jdbc.sql("select decision_pdf from conduct.disciplinary_case where id = :id and decision_pdf is not null")
			.param("id", id).query(byte[].class).optional()
			.orElseThrow(() -> new RecordNotFoundException("disciplinaryCase", id));
	}
}
