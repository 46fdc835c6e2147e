package vn.congvu.conduct.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
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
 * Kế hoạch kiểm tra công vụ: inspection plans. A surprise plan stays out of the inspected unit's sight (lists,
 * lookups by id, counts) until the visit starts; officers see everything in their scope, an inspector the plans of
 * the teams they belong to. Plans are dated within a horizon (a year by default), can be cancelled with a reason,
 * and the same plan is stored once.
 */
@Service
@Transactional
public class Inspections {

	private static final String SELECT = """
			select p.id, p.team_id, t.name as team_name, t.leader_id as team_leader_id, p.unit_id,
			       u.name as unit_name, u.path as unit_path, p.kind, p.title, p.planned_on, p.started_at,
			       c.confirmed_at as concluded_at, p.cancelled_at, p.cancel_reason
			from conduct.inspection_plan p
			join conduct.inspection_team t on t.id = p.team_id
			join orgunit.published_unit u on u.id = p.unit_id
			left join conduct.conclusion c on c.plan_id = p.id
			where u.path like :scope || '%'
			  and (p.kind = 'REGULAR' or p.started_at is not null or :seesSurprises)
			  and (not :ownTeams or exists (select 1 from conduct.team_member m
			                                where m.team_id = p.team_id and m.staff_id = :me))
			""";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final InspectionTeams teams;
	private final Checklists checklists;
	private final Clock clock;
	private final int horizonDays;

	Inspections(JdbcClient jdbc, AuditLog audit, InspectionTeams teams, Checklists checklists, Clock clock,
			@Value("${congvu.conduct.plan-horizon-days:366}") int horizonDays) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.teams = teams;
		this.checklists = checklists;
		this.clock = clock;
		this.horizonDays = horizonDays;
	}

	/**
	 * Plans an inspection of a unit the team covers, for a team the viewer may plan for. Refused when a team member
	 * works in that unit (or one of its sub-units) on the planned day, when the date has passed or lies beyond the
	 * horizon, or when the same plan exists already.
	 */
	public long plan(Viewer viewer, long teamId, long unitId, InspectionKind kind, String title, LocalDate plannedOn) {
		NotPermittedException.unless(viewer.mayPlanInspections());
		if (InspectionTeams.plansForOwnTeamsOnly(viewer)
				&& (viewer.staffId() == null || !teams.isMember(teamId, viewer.staffId()))) {
			throw new NotPermittedException("inspection.notYourTeam");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("inspection.titleRequired");
		}
		if (title.strip().length() > 300) {
			throw new InvalidInputException("error.tooLong", 300);
		}
		LocalDate today = LocalDate.now(clock);
		if (plannedOn.isBefore(today)) {
			throw new InvalidInputException("inspection.dateInPast");
		}
		if (plannedOn.isAfter(today.plusDays(horizonDays))) {
			throw new InvalidInputException("inspection.dateTooFar", horizonDays);
		}
		requireCovered(viewer, teamId, unitId);
		requireNoInsiders(teamId, unitId, plannedOn);
		long id;
		try {
			id = jdbc.sql("""
					insert into conduct.inspection_plan (team_id, unit_id, kind, title, planned_on)
					values (:team, :unit, :kind, :title, :on) returning id""")
				.param("team", teamId).param("unit", unitId).param("kind", kind.name()).param("title", title.strip())
				.param("on", plannedOn).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("inspection.duplicate");
		}
		audit.record("inspection.plan", "inspectionPlan", id, null,
				Map.of("teamId", teamId, "unitId", unitId, "kind", kind.name(), "plannedOn", plannedOn.toString()));
		return id;
	}

	private void requireCovered(Viewer viewer, long teamId, long unitId) {
		boolean covered = jdbc.sql("""
				select exists (select 1 from conduct.team_coverage c join orgunit.published_unit cu on cu.id = c.unit_id
				  join orgunit.published_unit u on u.id = :unit
				  where c.team_id = :team and u.path like cu.path || '%' and u.path like :scope || '%')""")
			.param("team", teamId).param("unit", unitId).param("scope", viewer.scopePath())
			.query(Boolean.class).single();
		if (!covered) {
			throw new InvalidInputException("inspection.unitNotCovered");
		}
	}

	private void requireNoInsiders(long teamId, long unitId, LocalDate plannedOn) {
		List<String> insiders = jdbc.sql("""
				select s.full_name from conduct.team_member m
				join staff.published_member s on s.id = m.staff_id
				join staff.published_assignment a on a.staff_id = s.id and a.valid_from <= :day
				     and (a.valid_to is null or a.valid_to > :day)
				join orgunit.published_unit w on w.id = a.unit_id
				join orgunit.published_unit target on target.id = :unit
				where m.team_id = :team and w.path like target.path || '%'
				order by s.full_name""").param("team", teamId).param("unit", unitId).param("day", plannedOn)
			.query(String.class).list();
		if (!insiders.isEmpty()) {
			throw new InvalidInputException("inspection.memberOfInspectedUnit", String.join(", ", insiders));
		}
	}

	/**
	 * The visit begins: from now on the inspected unit sees the plan, surprise or not, and the checklist is drawn up.
	 * A member of the team starts it (or an officer who sets up teams), and not once cancelled.
	 */
	public void start(Viewer viewer, long planId) {
		InspectionPlanView plan = find(viewer, planId);
		if (!viewer.mayManageTeams() && (viewer.staffId() == null || !teams.isMember(plan.teamId(), viewer.staffId()))) {
			throw new NotPermittedException("inspection.notYourTeam");
		}
		if (plan.cancelled()) {
			throw new InvalidInputException("inspection.cancelled");
		}
		if (plan.started()) {
			throw new InvalidInputException("inspection.alreadyStarted");
		}
		jdbc.sql("update conduct.inspection_plan set started_at = :now where id = :id")
			.param("now", OffsetDateTime.now(clock)).param("id", planId).update();
		checklists.createFor(planId);
		audit.record("inspection.start", "inspectionPlan", planId, null, Map.of("kind", plan.kind().name()));
	}

	/**
	 * Changes a plan not yet started nor cancelled: its title or its day, under the same rules as planning (a day
	 * within the horizon, no team member working in the unit that day). Those who set up teams do it.
	 */
	public void reschedule(Viewer viewer, long planId, String title, LocalDate plannedOn) {
		InspectionPlanView plan = find(viewer, planId);
		NotPermittedException.unless(viewer.mayManageTeams());
		if (plan.started() || plan.cancelled()) {
			throw new InvalidInputException("inspection.cannotChange");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("inspection.titleRequired");
		}
		vn.congvu.shared.TextLimits.require(title.strip(), 300);
		LocalDate today = LocalDate.now(clock);
		if (plannedOn.isBefore(today)) {
			throw new InvalidInputException("inspection.dateInPast");
		}
		if (plannedOn.isAfter(today.plusDays(horizonDays))) {
			throw new InvalidInputException("inspection.dateTooFar", horizonDays);
		}
		requireNoInsiders(plan.teamId(), plan.unitId(), plannedOn);
		try {
			jdbc.sql("""
					update conduct.inspection_plan set title = :title, planned_on = :on
					where id = :id and started_at is null and cancelled_at is null""")
				.param("title", title.strip()).param("on", plannedOn).param("id", planId).update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("inspection.duplicate");
		}
		audit.record("inspection.reschedule", "inspectionPlan", planId,
				Map.of("title", plan.title(), "plannedOn", plan.plannedOn().toString()),
				Map.of("title", title.strip(), "plannedOn", plannedOn.toString()));
	}

	/** Cancels a plan not yet started, with a reason; the plan stays in the list, marked cancelled. */
	public void cancel(Viewer viewer, long planId, String reason) {
		InspectionPlanView plan = find(viewer, planId);
		NotPermittedException.unless(viewer.mayManageTeams());
		if (reason == null || reason.strip().length() < 10) {
			throw new InvalidInputException("inspection.cancelReasonRequired", 10);
		}
		if (reason.strip().length() > 1000) {
			throw new InvalidInputException("error.tooLong", 1000);
		}
		if (plan.started() || plan.cancelled()) {
			throw new InvalidInputException("inspection.cannotCancel");
		}
		jdbc.sql("""
				update conduct.inspection_plan set cancelled_at = :now, cancelled_by = :by, cancel_reason = :reason
				where id = :id and started_at is null and cancelled_at is null""")
			.param("now", OffsetDateTime.now(clock)).param("by", viewer.username()).param("reason", reason.strip())
			.param("id", planId).update();
		audit.record("inspection.cancel", "inspectionPlan", planId, null, Map.of("reason", reason.strip()));
	}

	/** Plans in the viewer's scope that they may see, newest first. */
	@Transactional(readOnly = true)
	public List<InspectionPlanView> plans(Viewer viewer) {
		return visible(viewer, SELECT + " order by p.planned_on desc, p.id desc").query(Rows.as(InspectionPlanView.class))
			.list();
	}

	/**
	 * The plans of the teams the viewer leads or belongs to: their visits to make. Seeing a plan of one's own unit
	 * (a portal editor, a ward's staff) is not work to do.
	 */
	@Transactional(readOnly = true)
	public List<InspectionPlanView> plansOfMyTeams(Viewer viewer) {
		if (viewer.staffId() == null) {
			return List.of();
		}
		return visible(viewer, SELECT + """
				  and (t.leader_id = :me or exists (select 1 from conduct.team_member m
				                                    where m.team_id = p.team_id and m.staff_id = :me))
				order by p.planned_on, p.id""").query(Rows.as(InspectionPlanView.class)).list();
	}

	/** How many plans the viewer may see (a surprise plan must not show even as a number). */
	@Transactional(readOnly = true)
	public long count(Viewer viewer) {
		return visible(viewer, "select count(*) from (" + SELECT + ") visible").query(Long.class).single();
	}

	/** One plan, if the viewer may see it; an unstarted surprise plan is "not found" for the unit itself. */
	@Transactional(readOnly = true)
	public InspectionPlanView find(Viewer viewer, long planId) {
		return visible(viewer, SELECT + " and p.id = :id").param("id", planId).query(Rows.as(InspectionPlanView.class))
			.optional().orElseThrow(() -> new RecordNotFoundException("inspectionPlan", planId));
	}

	/**
	 * The plans query for the viewer: within their scope; surprises only for those who oversee; an inspector only
	 * their own teams' plans.
	 */
	private JdbcClient.StatementSpec visible(Viewer viewer, String sql) {
		return jdbc.sql(sql).param("scope", viewer.scopePath()).param("seesSurprises", viewer.mayPlanInspections())
			.param("ownTeams", viewer.mayPlanInspections() && InspectionTeams.plansForOwnTeamsOnly(viewer))
			.param("me", viewer.staffId() == null ? -1L : viewer.staffId());
	}
}
