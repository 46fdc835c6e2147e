package vn.congvu.conduct;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.CurrentUser;
import vn.congvu.platform.Role;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Kiểm tra công vụ: teams and their plans. A surprise plan stays out of the inspected unit's sight (lists, lookups by
 * id, counts) until the visit starts; inspectors and Home Affairs see everything in their scope.
 */
@Service
@Transactional
public class Inspections {

	private static final String SELECT = """
			select p.id, p.team_id, t.name as team_name, t.leader_id as team_leader_id, p.unit_id,
			       u.name as unit_name, u.path as unit_path, p.kind, p.title, p.planned_on, p.started_at,
			       c.confirmed_at as concluded_at
			from conduct.inspection_plan p
			join conduct.inspection_team t on t.id = p.team_id
			join orgunit.org_unit u on u.id = p.unit_id
			left join conduct.conclusion c on c.plan_id = p.id
			where u.path like :scope || '%'
			  and (p.kind = 'REGULAR' or p.started_at is not null or :seesSurprises)
			  and (not :inspector or exists (select 1 from conduct.team_member m
			                                 where m.team_id = p.team_id and m.staff_id = :me))
			""";

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final Accounts accounts;
	private final Checklists checklists;
	private final Clock clock;

	Inspections(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit, Accounts accounts, Checklists checklists,
			Clock clock) {
		this.checklists = checklists;
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Creates a team with its leader, members (the leader included) and the units it covers; returns its id. */
	public long createTeam(String name, long leaderId, List<Long> memberIds, List<Long> unitIds, LocalDate from) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("team.nameRequired");
		}
		if (unitIds.isEmpty()) {
			throw new InvalidInputException("team.unitsRequired");
		}
		long id = jdbc.sql("""
				insert into conduct.inspection_team (name, leader_id, valid_from) values (:name, :leader, :from)
				returning id""").param("name", name).param("leader", leaderId).param("from", from)
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

	/**
	 * Plans an inspection of a unit the team covers. Refused when a team member works in that unit (or one of its
	 * sub-units) on the planned day, or when the date has passed.
	 */
	public long plan(long teamId, long unitId, InspectionKind kind, String title, LocalDate plannedOn) {
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("inspection.titleRequired");
		}
		if (plannedOn.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("inspection.dateInPast");
		}
		boolean covered = jdbc.sql("""
				select exists (select 1 from conduct.team_coverage c join orgunit.org_unit cu on cu.id = c.unit_id
				  join orgunit.org_unit u on u.id = :unit where c.team_id = :team and u.path like cu.path || '%')""")
			.param("team", teamId).param("unit", unitId).query(Boolean.class).single();
		if (!covered) {
			throw new InvalidInputException("inspection.unitNotCovered");
		}
		List<String> insiders = jdbc.sql("""
				select s.full_name from conduct.team_member m
				join staff.staff_member s on s.id = m.staff_id
				join staff.assignment a on a.staff_id = s.id and a.valid_from <= :day
				     and (a.valid_to is null or a.valid_to > :day)
				join orgunit.org_unit w on w.id = a.unit_id
				join orgunit.org_unit target on target.id = :unit
				where m.team_id = :team and w.path like target.path || '%'
				order by s.full_name""").param("team", teamId).param("unit", unitId).param("day", plannedOn)
			.query(String.class).list();
		if (!insiders.isEmpty()) {
			throw new InvalidInputException("inspection.memberOfInspectedUnit", String.join(", ", insiders));
		}
		long id = jdbc.sql("""
				insert into conduct.inspection_plan (team_id, unit_id, kind, title, planned_on)
				values (:team, :unit, :kind, :title, :on) returning id""")
			.param("team", teamId).param("unit", unitId).param("kind", kind.name()).param("title", title.strip())
			.param("on", plannedOn).query(Long.class).single();
		audit.record("inspection.plan", "inspectionPlan", id, null,
				Map.of("teamId", teamId, "unitId", unitId, "kind", kind.name(), "plannedOn", plannedOn.toString()));
		return id;
	}

	/**
	 * The visit begins: from now on the inspected unit sees the plan, surprise or not, and the checklist is drawn up.
	 * Only a member of the team starts it (or an officer who oversees).
	 */
	public void start(long planId) {
		InspectionPlanView plan = find(planId);
		if (plan.started()) {
			throw new InvalidInputException("inspection.alreadyStarted");
		}
		jdbc.sql("update conduct.inspection_plan set started_at = :now where id = :id")
			.param("now", OffsetDateTime.now(clock)).param("id", planId).update();
		checklists.createFor(planId);
		audit.record("inspection.start", "inspectionPlan", planId, null, Map.of("kind", plan.kind().name()));
	}

	/** Plans in the current user's scope that they may see, newest first. */
	@Transactional(readOnly = true)
	public List<InspectionPlanView> plans() {
		return visible(SELECT + " order by p.planned_on desc, p.id desc").query(InspectionPlanView.class).list();
	}

	/** How many plans the current user may see (a surprise plan must not show even as a number). */
	@Transactional(readOnly = true)
	public long count() {
		return visible("select count(*) from (" + SELECT + ") visible").query(Long.class).single();
	}

	/** A team, with the units it covers, for the planning form. */
	public record TeamView(long id, String name, String leaderName) {
	}

	/** A team with its members and the units it covers, for the teams page. */
	public record TeamDetail(long id, String name, long leaderId, String leaderName, String units,
			LocalDate validFrom, List<Member> members) {
	}

	/** A member of a team. */
	public record Member(long teamId, long staffId, String staffCode, String fullName) {
	}

	/** Adds a member to a standing team (the planning rule keeps them away from their own unit). */
	public void addMember(long teamId, long staffId) {
		requireActiveTeam(teamId);
		if (jdbc.sql("insert into conduct.team_member values (:team, :staff) on conflict do nothing")
			.param("team", teamId).param("staff", staffId).update() == 0) {
			throw new InvalidInputException("team.alreadyMember");
		}
		audit.record("inspectionTeam.addMember", "inspectionTeam", teamId, null, Map.of("staffId", staffId));
	}

	/** Removes a member; the leader stays (a team always has its leader). */
	public void removeMember(long teamId, long staffId) {
		if (requireActiveTeam(teamId) == staffId) {
			throw new InvalidInputException("team.leaderStays");
		}
		jdbc.sql("delete from conduct.team_member where team_id = :team and staff_id = :staff").param("team", teamId)
			.param("staff", staffId).update();
		audit.record("inspectionTeam.removeMember", "inspectionTeam", teamId, Map.of("staffId", staffId), null);
	}

	/** Ends a team today: it no longer appears for planning; its past plans and visits stay as they were. */
	public void endTeam(long teamId) {
		requireActiveTeam(teamId);
		jdbc.sql("update conduct.inspection_team set valid_to = :today where id = :id")
			.param("today", LocalDate.now(clock)).param("id", teamId).update();
		audit.record("inspectionTeam.end", "inspectionTeam", teamId, null, Map.of("validTo",
				LocalDate.now(clock).toString()));
	}

	/** The leader of a team that has not ended; "not found" otherwise. */
	private long requireActiveTeam(long teamId) {
		return jdbc.sql("""
				select leader_id from conduct.inspection_team
				where id = :id and (valid_to is null or valid_to > :today)""").param("id", teamId)
			.param("today", LocalDate.now(clock)).query(Long.class).optional()
			.orElseThrow(() -> new RecordNotFoundException("inspectionTeam", teamId));
	}

	/** The standing teams (not ended), each with its members in Vietnamese name order. */
	@Transactional(readOnly = true)
	public List<TeamDetail> teamDetails() {
		record Row(long id, String name, long leaderId, String leaderName, String units, LocalDate validFrom) {
		}
		Map<Long, List<Member>> members = jdbc.sql("""
				select m.team_id, s.id as staff_id, s.staff_code, s.full_name from conduct.team_member m
				join staff.staff_member s on s.id = m.staff_id order by s.sort_key""").query(Member.class).list()
			.stream().collect(java.util.stream.Collectors.groupingBy(Member::teamId));
		return jdbc.sql("""
				select t.id, t.name, t.leader_id, l.full_name as leader_name,
				       (select string_agg(u.name, ', ' order by u.name) from conduct.team_coverage c
				        join orgunit.org_unit u on u.id = c.unit_id where c.team_id = t.id) as units,
				       t.valid_from
				from conduct.inspection_team t join staff.staff_member l on l.id = t.leader_id
				where t.valid_to is null or t.valid_to > current_date order by t.name""").query(Row.class).list()
			.stream().map(r -> new TeamDetail(r.id(), r.name(), r.leaderId(), r.leaderName(), r.units(),
					r.validFrom(), members.getOrDefault(r.id(), List.of())))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<TeamView> teams() {
		return jdbc.sql("""
				select t.id, t.name, s.full_name as leader_name from conduct.inspection_team t
				join staff.staff_member s on s.id = t.leader_id
				where t.valid_to is null or t.valid_to > current_date order by t.name""").query(TeamView.class).list();
	}

	/** Units the teams cover, team by team. */
	public record CoveredUnit(long teamId, String teamName, long unitId, String unitName) {
	}

	@Transactional(readOnly = true)
	public List<CoveredUnit> coverage() {
		return jdbc.sql("""
				select c.team_id, t.name as team_name, u.id as unit_id, u.name as unit_name from conduct.team_coverage c
				join conduct.inspection_team t on t.id = c.team_id
				join orgunit.org_unit u on u.id = c.unit_id order by t.name, u.name""").query(CoveredUnit.class)
			.list();
	}

	/** One plan, if the current user may see it; an unstarted surprise plan is "not found" for the unit itself. */
	@Transactional(readOnly = true)
	public InspectionPlanView find(long planId) {
		return visible(SELECT + " and p.id = :id").param("id", planId).query(InspectionPlanView.class).optional()
			.orElseThrow(() -> new RecordNotFoundException("inspectionPlan", planId));
	}

	/**
	 * The plans query for the current user: within their scope; surprises only for those who oversee; an inspector
	 * only their own teams' plans.
	 */
	private JdbcClient.StatementSpec visible(String sql) {
		CurrentUser user = CurrentUser.get();
		return jdbc.sql(sql).param("scope", units.currentUserScopePath())
			.param("seesSurprises", user.role().oversees()).param("inspector", user.role() == Role.INSPECTOR)
			.param("me", accounts.staffIdOf(user.username()).orElse(-1L));
	}

	/** The staff id of the current user's account, if it is linked to a staff record. */
	@Transactional(readOnly = true)
	public java.util.Optional<Long> currentStaffId() {
		return accounts.staffIdOf(CurrentUser.get().username());
	}

	/** Whether a staff member belongs to the team. */
	@Transactional(readOnly = true)
	public boolean isMember(long teamId, long staffId) {
		return jdbc.sql("select exists (select 1 from conduct.team_member where team_id = :team and staff_id = :staff)")
			.param("team", teamId).param("staff", staffId).query(Boolean.class).single();
	}
}
