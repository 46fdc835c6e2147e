package vn.congvu.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Người quản lý trực tiếp: who reviews a person's monthly scorecard before the head approves it. Unless one is
 * recorded here it is the head of the person's unit. The head of the unit or a Home Affairs officer records it; the
 * scorecards still waiting for review move to the new supervisor.
 */
@Service
@Transactional
public class Supervisors {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final AuditLog audit;
	private final Clock clock;

	Supervisors(JdbcClient jdbc, OrgUnitQueries units, StaffQueries staff, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	/** One member of the unit and who supervises them ({@code recorded} false: the head, by default). */
	public record Line(StaffRow person, @Nullable Long supervisorId, @Nullable String supervisorName,
			boolean recorded) {
	}

	/** The members of one unit (not its sub-units), in Vietnamese name order, with their supervisors. */
	@Transactional(readOnly = true)
	public List<Line> ofUnit(Viewer viewer, long unitId) {
		units.find(viewer, unitId); // 404 outside the scope
		NotPermittedException.unless(mayManage(viewer));
		LocalDate today = LocalDate.now(clock);
		List<StaffRow> members = members(viewer, unitId);
		Long head = staff.headOf(unitId, today).orElse(null);
		Map<Long, String> names = new HashMap<>();
		members.forEach(m -> names.put(m.id(), m.fullName()));
		Map<Long, Long> recorded = new HashMap<>();
		jdbc.sql("select staff_id, supervisor_staff_id from evaluation.supervision where staff_id in (:ids)")
			.param("ids", members.isEmpty() ? List.of(-1L) : members.stream().map(StaffRow::id).toList())
			.query((rs, n) -> recorded.put(rs.getLong(1), rs.getLong(2))).list();
		return members.stream().map(m -> {
			Long chosen = recorded.get(m.id());
			Long supervisor = chosen != null ? chosen : m.id() == (head == null ? -1 : head) ? null : head;
			return new Line(m, supervisor, supervisor == null ? null : names.get(supervisor), chosen != null);
		}).toList();
	}

	/**
	 * Records who supervises {@code staffId} ({@code null}: back to the unit's head). Both must be members of the
	 * unit; a person never supervises themselves.
	 */
	public void assign(Viewer viewer, long unitId, long staffId, @Nullable Long supervisorId) {
		units.find(viewer, unitId);
		NotPermittedException.unless(mayManage(viewer));
		List<StaffRow> members = members(viewer, unitId);
		if (members.stream().noneMatch(m -> m.id() == staffId)) {
			throw new InvalidInputException("supervisors.notMember");
		}
		if (supervisorId != null && members.stream().noneMatch(m -> m.id() == supervisorId)) {
			throw new InvalidInputException("supervisors.notMember");
		}
		if (supervisorId != null && supervisorId == staffId) {
			throw new InvalidInputException("supervisors.self");
		}
		Long before = jdbc.sql("select supervisor_staff_id from evaluation.supervision where staff_id = :s")
			.param("s", staffId).query(Long.class).optional().orElse(null);
		Long effective = supervisorId;
		if (supervisorId == null) {
			jdbc.sql("delete from evaluation.supervision where staff_id = :s").param("s", staffId).update();
			effective = staff.headOf(unitId, LocalDate.now(clock)).filter(h -> h != staffId).orElse(null);
		}
		else {
			jdbc.sql("""
					insert into evaluation.supervision (staff_id, supervisor_staff_id) values (:s, :v)
					on conflict (staff_id) do update set supervisor_staff_id = excluded.supervisor_staff_id""")
				.param("s", staffId).param("v", supervisorId).update();
		}
		int moved = jdbc.sql("""
				update evaluation.scorecard set supervisor_staff_id = :v
				where staff_id = :s and current and status in ('DRAFT', 'SELF_ASSESSED')""")
			.param("v", effective).param("s", staffId).update();
		audit.record("supervision.assign", "staff", staffId, before == null ? null : Map.of("supervisor", before),
				Map.of("supervisor", supervisorId == null ? "HEAD" : supervisorId, "scorecardsMoved", moved));
	}

	public static boolean mayManage(Viewer viewer) {
		return viewer.mayApproveScorecards() || viewer.mayManageEvaluationRules();
	}

	private List<StaffRow> members(Viewer viewer, long unitId) {
		return staff.all(viewer, new StaffFilter(LocalDate.now(clock), null, unitId)).stream()
			.filter(m -> m.unitId() == unitId).toList();
	}
}
