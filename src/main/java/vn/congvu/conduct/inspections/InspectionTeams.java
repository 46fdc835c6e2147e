package vn.congvu.conduct.inspections;

import java.time.Clock;
import java.time.LocalDate;
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

/**
 * Đoàn kiểm tra công vụ: the standing teams, their members and the units they cover. Home Affairs, leaders and
 * administrators set them up; planners read them.
 */
@Service
@Transactional
public class InspectionTeams {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final Clock clock;

	InspectionTeams(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/** A team for the planning form. */
	public record TeamView(long id, String name, String leaderName) {
	}

	/** A team with its members and the units it covers, for the teams page. */
	public record TeamDetail(long id, String name, long leaderId, String leaderName, String units,
			LocalDate validFrom, List<Member> members) {
	}

	/** A member of a team. */
	public record Member(long teamId, long staffId, String staffCode, String fullName) {
	}

	/** Units the teams cover, team by team. */
	public record CoveredUnit(long teamId, String teamName, long unitId, String unitName) {
	}

	/**
	 * Creates a team with its leader, members (the leader included) and the units it covers, all in the viewer's
	 * scope; returns its id.
	 */
	public long create(Viewer viewer, String name, long leaderId, List<Long> memberIds, List<Long> unitIds) {
		NotPermittedException.unless(viewer.mayManageTeams());
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("team.nameRequired");
		}
		if (name.strip().length() > 200) {
			throw new InvalidInputException("error.tooLong", 200);
		}
		if (unitIds.isEmpty()) {
			throw new InvalidInputException("team.unitsRequired");
		}
		for (long unit : unitIds) {
			if (!units.inScope(viewer, unit)) {
				throw new InvalidInputException("violation.unitOutOfScope");
			}
		}
		LocalDate today = LocalDate.now(clock);
		long id = jdbc.sql("""
				insert into conduct.inspection_team (name, leader_id, valid_from) values (:name, :leader, :from)
				returning id""").param("name", name.strip()).param("leader", leaderId).param("from", today)
			.query(Long.class).single();
		for (long member : memberIds) {
			jdbc.sql("insert into conduct.team_member values (:team, :staff) on conflict do nothing")
				.param("team", id).param("staff", member).update();
		}
		jdbc.sql("insert into conduct.team_member values (:team, :staff) on conflict do nothing").param("team", id)
			.param("staff", leaderId).update();
		for (long unit : unitIds) {
			jdbc.sql("insert into conduct.team_coverage values (:team, :unit)").param("team", id).param("unit", unit)
				.update();
		}
		audit.record("inspectionTeam.create", "inspectionTeam", id, null,
				Map.of("name", name, "leaderId", leaderId, "members", memberIds, "units", unitIds));
		return id;
	}

	/** Adds a member to a standing team (the planning rule keeps them away from their own unit). */
	public void addMember(Viewer viewer, long teamId, long staffId) {
		NotPermittedException.unless(viewer.mayManageTeams());
		requireActive(teamId);
		if (jdbc.sql("insert into conduct.team_member values (:team, :staff) on conflict do nothing")
			.param("team", teamId).param("staff", staffId).update() == 0) {
			throw new InvalidInputException("team.alreadyMember");
		}
		audit.record("inspectionTeam.addMember", "inspectionTeam", teamId, null, Map.of("staffId", staffId));
	}

	/** Removes a member; the leader stays (a team always has its leader). */
	public void removeMember(Viewer viewer, long teamId, long staffId) {
		NotPermittedException.unless(viewer.mayManageTeams());
		if (requireActive(teamId) == staffId) {
			throw new InvalidInputException("team.leaderStays");
		}
		jdbc.sql("delete from conduct.team_member where team_id = :team and staff_id = :staff").param("team", teamId)
			.param("staff", staffId).update();
		audit.record("inspectionTeam.removeMember", "inspectionTeam", teamId, Map.of("staffId", staffId), null);
	}

	/** Ends a team today: it no longer appears for planning; its past plans and visits stay as they were. */
	public void end(Viewer viewer, long teamId) {
		NotPermittedException.unless(viewer.mayManageTeams());
		requireActive(teamId);
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("update conduct.inspection_team set valid_to = :today where id = :id")
			.param("today", today).param("id", teamId).update();
		audit.record("inspectionTeam.end", "inspectionTeam", teamId, null, Map.of("validTo", today.toString()));
	}

	/** The leader of a team that has not ended; "not found" otherwise. */
	private long requireActive(long teamId) {
		return jdbc.sql("""
				select leader_id from conduct.inspection_team
				where id = :id and (valid_to is null or valid_to > :today)""").param("id", teamId)
			.param("today", LocalDate.now(clock)).query(Long.class).optional()
			.orElseThrow(() -> new RecordNotFoundException("inspectionTeam", teamId));
	}

	/** The standing teams (not ended), each with its members in Vietnamese name order. */
	@Transactional(readOnly = true)
	public List<TeamDetail> details(Viewer viewer) {
		NotPermittedException.unless(viewer.mayManageTeams());
		record Row(long id, String name, long leaderId, String leaderName, String units, LocalDate validFrom) {
		}
		Map<Long, List<Member>> members = jdbc.sql("""
				select m.team_id, s.id as staff_id, s.staff_code, s.full_name from conduct.team_member m
				join staff.published_member s on s.id = m.staff_id order by s.sort_key""").query(Rows.as(Member.class)).list()
			.stream().collect(java.util.stream.Collectors.groupingBy(Member::teamId));
		return jdbc.sql("""
				select t.id, t.name, t.leader_id, l.full_name as leader_name,
				       (select string_agg(u.name, ', ' order by u.name) from conduct.team_coverage c
				        join orgunit.published_unit u on u.id = c.unit_id where c.team_id = t.id) as units,
				       t.valid_from
				from conduct.inspection_team t join staff.published_member l on l.id = t.leader_id
				where t.valid_to is null or t.valid_to > :today order by t.name""")
			.param("today", LocalDate.now(clock)).query(Rows.as(Row.class)).list()
			.stream().map(r -> new TeamDetail(r.id(), r.name(), r.leaderId(), r.leaderName(), r.units(),
					r.validFrom(), members.getOrDefault(r.id(), List.of())))
			.toList();
	}

	/** The standing teams a planner may plan for: all of them for officers, their own for an inspector. */
	@Transactional(readOnly = true)
	public List<TeamView> forPlanning(Viewer viewer) {
		NotPermittedException.unless(viewer.mayPlanInspections());
		return jdbc.sql("""
				select t.id, t.name, s.full_name as leader_name from conduct.inspection_team t
				join staff.published_member s on s.id = t.leader_id
				where (t.valid_to is null or t.valid_to > :today)
				  and (not :ownOnly or exists (select 1 from conduct.team_member m
				                               where m.team_id = t.id and m.staff_id = :me))
				order by t.name""")
			.param("today", LocalDate.now(clock)).param("ownOnly", plansForOwnTeamsOnly(viewer))
			.param("me", viewer.staffId() == null ? -1L : viewer.staffId()).query(Rows.as(TeamView.class)).list();
	}

	/** An inspector plans only for the teams they belong to; officers who oversee plan for any team. */
	static boolean plansForOwnTeamsOnly(Viewer viewer) {
		return !viewer.mayManageTeams();
	}

	@Transactional(readOnly = true)
	public List<CoveredUnit> coverage(Viewer viewer) {
		NotPermittedException.unless(viewer.mayPlanInspections());
		return jdbc.sql("""
				select c.team_id, t.name as team_name, u.id as unit_id, u.name as unit_name from conduct.team_coverage c
				join conduct.inspection_team t on t.id = c.team_id
				join orgunit.published_unit u on u.id = c.unit_id
				where u.path like :scope || '%' order by t.name, u.name""")
			.param("scope", viewer.scopePath()).query(Rows.as(CoveredUnit.class)).list();
	}

	/** Whether a staff member belongs to the team. */
	@Transactional(readOnly = true)
	public boolean isMember(long teamId, long staffId) {
		return jdbc.sql("select exists (select 1 from conduct.team_member where team_id = :team and staff_id = :staff)")
			.param("team", teamId).param("staff", staffId).query(Boolean.class).single();
	}
}
