package vn.congvu.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Đề nghị khen thưởng: a head proposes a person or a unit of the scope for a title of a year. The conditions are
 * checked again at that moment from the system's data; a proposal that fails one is refused with the condition
 * named. A title of a year is proposed once for the same person or unit (one achievement, one reward).
 */
@Service
@Transactional
public class Proposals {

	private final JdbcClient jdbc;
	private final Titles titles;
	private final YearFacts facts;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final AuditLog audit;
	private final Clock clock;

	Proposals(JdbcClient jdbc, Titles titles, YearFacts facts, OrgUnitQueries units, StaffQueries staff,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.titles = titles;
		this.facts = facts;
		this.units = units;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	public record ProposalView(long id, int year, String titleCode, String titleName, String subjectKind,
			long subjectId, String subjectName, long unitId, String unitName, String achievements, String status,
			@org.jspecify.annotations.Nullable Long sessionId, String proposedBy, OffsetDateTime proposedAt,
			@org.jspecify.annotations.Nullable String revokedReason) {
	}

	static final String SELECT = """
			select p.id, p.year, p.title_code, t.name as title_name, p.subject_kind, p.subject_id,
			       coalesce(m.full_name, su.name) as subject_name, p.unit_id, u.name as unit_name, p.achievements,
			       p.status, p.session_id, p.proposed_by, p.proposed_at, p.revoked_reason
			from emulation.proposal p
			join orgunit.published_unit u on u.id = p.unit_id
			join lateral (select name from emulation.title where code = p.title_code order by valid_from desc limit 1) t
			     on true
			left join staff.published_member m on p.subject_kind = 'STAFF' and m.id = p.subject_id
			left join orgunit.published_unit su on p.subject_kind = 'UNIT' and su.id = p.subject_id
			""";

	public long propose(Viewer viewer, int year, String titleCode, long subjectId, String achievements) {
		NotPermittedException.unless(viewer.mayProposeAwards());
		LocalDate today = LocalDate.now(clock);
		if (year < 2024 || year > today.getYear()) {
			throw new InvalidInputException("emulation.yearOutOfRange", "2024", String.valueOf(today.getYear()));
		}
		Title title = titles.find(year, titleCode);
		String text = TextLimits.requireReason(achievements, "emulation.proposal.achievementsRequired", 4_000);
		long unitId = title.individual() ? staff.find(viewer, subjectId, today).unitId()
				: units.find(viewer, subjectId).id(); // 404 outside the scope
		YearFacts.UnitVerdicts verdicts = YearFacts.verdicts(titles.ofYear(year), unitId,
				facts.byUnit(units.pathOf(unitId), year, today).getOrDefault(unitId, List.of()));
		TitleRules.Verdict verdict = title.individual() ? verdicts.people().getOrDefault(subjectId, Map.of()).get(titleCode)
				: verdicts.unit().get(titleCode);
		if (verdict == null || !verdict.eligible()) {
			String failing = verdict == null ? "no.notMember"
					: verdict.reasons().stream().filter(r -> r.startsWith("no.")).findFirst().orElse("no.notMember");
			throw new NotEligibleException(title.name(), failing);
		}
		String kind = title.individual() ? "STAFF" : "UNIT";
		boolean twice = jdbc.sql("""
				select exists (select 1 from emulation.proposal where year = :y and title_code = :t
				               and subject_kind = :k and subject_id = :s and status <> 'FAILED')""")
			.param("y", year).param("t", titleCode).param("k", kind).param("s", subjectId).query(Boolean.class).single();
		if (twice) {
			throw new InvalidInputException("emulation.proposal.twice", title.name(), String.valueOf(year));
		}
		long id = jdbc.sql("""
				insert into emulation.proposal (year, title_code, subject_kind, subject_id, unit_id, achievements, status,
				    proposed_by, proposed_at)
				values (:y, :t, :k, :s, :u, :a, 'PROPOSED', :by, :at) returning id""")
			.param("y", year).param("t", titleCode).param("k", kind).param("s", subjectId).param("u", unitId)
			.param("a", text).param("by", viewer.displayName()).param("at", OffsetDateTime.now(clock))
			.query(Long.class).single();
		audit.record("emulation.propose", "proposal", id, null, Map.of("year", year, "title", titleCode,
				"subject", kind + ":" + subjectId));
		return id;
	}

	/** The proposals of a year whose unit lies in the scope, newest first. */
	@Transactional(readOnly = true)
	public List<ProposalView> inScope(Viewer viewer, int year) {
		if (!viewer.mayProposeAwards() && !viewer.mayRunEmulation()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where p.year = :y and u.path like :scope || '%' order by p.id desc limit 500")
			.param("y", year).param("scope", viewer.scopePath()).query(Rows.as(ProposalView.class)).list();
	}

	/** An award whose achievement proved false is revoked, with its reason (Law 06/2022, chapter VII). */
	public void revoke(Viewer viewer, long id, String reason) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		ProposalView proposal = jdbc.sql(SELECT + " where p.id = :id and u.path like :scope || '%'").param("id", id)
			.param("scope", viewer.scopePath()).query(Rows.as(ProposalView.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("proposal", id));
		String why = TextLimits.requireReason(reason, "emulation.revoke.reasonRequired", 2_000);
		if (!proposal.status().equals("AWARDED")) {
			throw new InvalidInputException("emulation.revoke.notAwarded");
		}
		jdbc.sql("update emulation.proposal set status = 'REVOKED', revoked_reason = :r where id = :id and status = 'AWARDED'")
			.param("r", why).param("id", id).update();
		audit.record("emulation.revoke", "proposal", id, Map.of("status", "AWARDED"),
				Map.of("status", "REVOKED", "reason", why));
	}
}
