package vn.congvu.conduct.codes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Quán triệt quy tắc ứng xử: codes are assigned to units, every staff member of an assigned unit (and its sub-units)
 * confirms having read the code, and heads see who has not. Every write is audited.
 */
@Service
@Transactional
public class CodesOfConduct {

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	CodesOfConduct(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Progress of one unit: staff assigned there today and how many have confirmed. */
	public record UnitProgress(long unitId, String unitName, long staff, long confirmed) {

		public long percent() {
			return staff == 0 ? 100 : confirmed * 100 / staff;
		}
	}

	/** A staff member who has not confirmed yet. */
	public record Pending(long staffId, String staffCode, String fullName, String unitName, String position) {
	}

	/** Creates a code with its articles (administrators and Home Affairs); returns its id. */
	public long create(Viewer viewer, CodeOfConductView code) {
		NotPermittedException.unless(viewer.mayManageStaff());
		long id = jdbc.sql("""
				insert into conduct.code_of_conduct (code, title, legal_basis, legal_basis_date, audience, valid_from,
				    valid_to) values (:code, :title, :basis, :basisDate, :audience, :from, :to) returning id""")
			.param("code", code.code()).param("title", code.title()).param("basis", code.legalBasis())
			.param("basisDate", code.legalBasisDate()).param("audience", code.audience())
			.param("from", code.validFrom()).param("to", code.validTo()).query(Long.class).single();
		for (CodeOfConductView.Article article : code.articles()) {
			jdbc.sql("""
					insert into conduct.code_article (code_id, chapter, number, title, summary, checked_at_inspections)
					values (:code, :chapter, :number, :title, :summary, :checked)""")
				.param("code", id).param("chapter", article.chapter()).param("number", article.number())
				.param("title", article.title()).param("summary", article.summary())
				.param("checked", article.checkedAtInspections()).update();
		}
		audit.record("code.create", "codeOfConduct", id, null, Map.of("code", code.code(), "title", code.title()));
		return id;
	}

	/** Gives a code to a unit (and so to everyone in its subtree) to disseminate. */
	public void assign(Viewer viewer, long codeId, long unitId, LocalDate on) {
		NotPermittedException.unless(viewer.mayManageStaff());
		jdbc.sql("""
				insert into conduct.code_assignment (code_id, unit_id, assigned_on) values (:code, :unit, :on)
				on conflict do nothing""").param("code", codeId).param("unit", unitId).param("on", on).update();
		audit.record("code.assign", "codeOfConduct", codeId, null, Map.of("unitId", unitId, "on", on.toString()));
	}

	/**
	 * Records that the viewer (through the staff record their account is linked to) has read the code; refused
	 * unless the code was given to their unit.
	 */
	public void acknowledge(Viewer viewer, long codeId) {
		Long staffId = viewer.staffId();
		if (staffId == null) {
			throw new InvalidInputException("code.notAssignedToYou");
		}
		LocalDate today = LocalDate.now(clock);
		boolean concerned = jdbc.sql(CodeSql.STAFF_OF_ASSIGNED_UNITS + " and s.id = :staff")
			.param("code", codeId).param("today", today).param("scope", "/").param("staff", staffId)
			.query(Long.class).list().size() > 0;
		if (!concerned) {
			throw new InvalidInputException("code.notAssignedToYou");
		}
		int added = jdbc.sql("""
				insert into conduct.acknowledgement (code_id, staff_id, acknowledged_at, account)
				values (:code, :staff, :now, :account) on conflict do nothing""")
			.param("code", codeId).param("staff", staffId).param("now", OffsetDateTime.now(clock))
			.param("account", viewer.username()).update();
		if (added == 1) {
			audit.record("code.acknowledge", "codeOfConduct", codeId, null, Map.of("staffId", staffId));
		}
	}

	/** Every code, newest first, without its articles (one query for the list page). */
	@Transactional(readOnly = true)
	public List<CodeOfConductView> list() {
		return jdbc.sql("""
				select id, code, title, legal_basis, legal_basis_date, audience, valid_from, valid_to
				from conduct.code_of_conduct order by valid_from desc, code""")
			.query((rs, i) -> view(rs, List.of())).list();
	}

	@Transactional(readOnly = true)
	public CodeOfConductView find(long id) {
		List<CodeOfConductView.Article> articles = jdbc.sql("""
				select chapter, number, title, summary, checked_at_inspections from conduct.code_article
				where code_id = :id order by number""")
			.param("id", id).query(Rows.as(CodeOfConductView.Article.class)).list();
		return jdbc.sql("""
				select id, code, title, legal_basis, legal_basis_date, audience, valid_from, valid_to
				from conduct.code_of_conduct where id = :id""").param("id", id)
			.query((rs, i) -> view(rs, articles)).optional()
			.orElseThrow(() -> new RecordNotFoundException("codeOfConduct", id));
	}

	private static CodeOfConductView view(java.sql.ResultSet rs, List<CodeOfConductView.Article> articles)
			throws java.sql.SQLException {
		return new CodeOfConductView(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
				rs.getString("legal_basis"), rs.getObject("legal_basis_date", LocalDate.class), rs.getString("audience"),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), articles);
	}

	/** Per unit in the viewer's scope: staff concerned today and confirmations (for those who follow up). */
	@Transactional(readOnly = true)
	public List<UnitProgress> progress(Viewer viewer, long codeId) {
		NotPermittedException.unless(viewer.mayFollowUpCodes());
		return jdbc.sql("""
				select u.id as unit_id, u.name as unit_name, count(distinct s.id) as staff,
				       count(distinct a.staff_id) as confirmed
				""" + CodeSql.FROM_STAFF_OF_ASSIGNED_UNITS + """
				left join conduct.acknowledgement a on a.code_id = ca.code_id and a.staff_id = s.id
				where ca.code_id = :code and u.path like :scope || '%'
				group by u.id, u.name order by u.name""")
			.param("code", codeId).param("today", LocalDate.now(clock)).param("scope", viewer.scopePath())
			.query(Rows.as(UnitProgress.class)).list();
	}

	/** Who in the viewer's scope has not confirmed yet, in Vietnamese name order (for those who follow up). */
	@Transactional(readOnly = true)
	public List<Pending> pending(Viewer viewer, long codeId) {
		NotPermittedException.unless(viewer.mayFollowUpCodes());
		return jdbc.sql("""
				select distinct s.id as staff_id, s.staff_code, s.full_name, u.name as unit_name, sa.position, s.sort_key
				""" + CodeSql.FROM_STAFF_OF_ASSIGNED_UNITS + """
				where ca.code_id = :code and u.path like :scope || '%'
				  and not exists (select 1 from conduct.acknowledgement a where a.code_id = ca.code_id
				                  and a.staff_id = s.id)
				order by s.sort_key""")
			.param("code", codeId).param("today", LocalDate.now(clock)).param("scope", viewer.scopePath())
			.query(Rows.as(Pending.class)).list();
	}

	/** When {@code staffId} confirmed the code, if they did. */
	@Transactional(readOnly = true)
	public java.util.Optional<OffsetDateTime> acknowledgedAt(long codeId, long staffId) {
		return jdbc.sql("select acknowledged_at from conduct.acknowledgement where code_id = :code and staff_id = :s")
			.param("code", codeId).param("s", staffId).query(OffsetDateTime.class).optional();
	}

	/** An article as a choice in a form: "Điều 4. Trang phục, tác phong (QD522-2017)". */
	public record ArticleChoice(long id, String label) {
	}

	/** The articles of the staff codes in force on {@code day}, for recording which one a violation breaks. */
	@Transactional(readOnly = true)
	public List<ArticleChoice> staffArticles(LocalDate day) {
		return jdbc.sql("""
				select a.id, 'Điều ' || a.number || '. ' || a.title || ' (' || c.code || ')' as label
				from conduct.code_article a join conduct.code_of_conduct c on c.id = a.code_id
				where c.audience = 'STAFF' and c.valid_from <= :day
				  and (c.valid_to is null or c.valid_to > :day)
				order by c.code, a.number""").param("day", day).query(Rows.as(ArticleChoice.class)).list();
	}
}
