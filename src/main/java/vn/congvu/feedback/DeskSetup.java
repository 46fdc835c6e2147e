package vn.congvu.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * One desk's page for those who manage desks: its details, closing it, its kiosk tablets (revoked one by one) and
 * its duty roster. A desk outside the viewer's scope is "not found".
 */
@Service
@Transactional
public class DeskSetup {

	/** A kiosk tablet of a desk; {@code revokedAt} is null while its token works. */
	public record Kiosk(long id, String name, OffsetDateTime createdAt, @Nullable OffsetDateTime revokedAt) {
	}

	/** One turn on the roster. */
	public record Duty(long id, String fullName, String staffCode, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

	/** A person who may be put on duty at the desk. */
	public record Officer(long id, String staffCode, String fullName) {
	}

	private final JdbcClient jdbc;
	private final ServicePoints servicePoints;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final SurveyCatalog catalog;
	private final Clock clock;

	DeskSetup(JdbcClient jdbc, ServicePoints servicePoints, OrgUnitQueries units, AuditLog audit,
			SurveyCatalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.servicePoints = servicePoints;
		this.units = units;
		this.audit = audit;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ServicePointView desk(Viewer viewer, String code) {
		ServicePointView desk = servicePoints.byCode(code);
		if (!viewer.mayManageDesks() || !units.inScope(viewer, desk.unitId())) {
			throw new RecordNotFoundException("servicePoint", code);
		}
		return desk;
	}

	/** Renames the desk, changes its hotline or whether a rating needs a receipt number. */
	public void update(Viewer viewer, String code, String name, @Nullable String hotline, boolean receiptRequired) {
		ServicePointView desk = desk(viewer, code);
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("servicePoint.required");
		}
		vn.congvu.shared.TextLimits.require(name, 300);
		String phone = hotline == null || hotline.isBlank() ? null : hotline.strip();
		if (phone != null && !phone.matches("[0-9 .()+\\-]{3,40}")) {
			throw new InvalidInputException("contact.badHotline", phone);
		}
		jdbc.sql("update feedback.service_point set name = :name, hotline = :hotline, receipt_required = :receipt where id = :id")
			.param("name", name.strip()).param("hotline", phone).param("receipt", receiptRequired).param("id", desk.id())
			.update();
		audit.record("servicePoint.update", "servicePoint", desk.id(), Map.of("name", desk.name()),
				Map.of("name", name.strip(), "receiptRequired", receiptRequired));
		catalog.invalidate();
	}

	/** Closes the desk after {@code lastDay}: its QR code and kiosks stop taking ratings from the next day. */
	public void close(Viewer viewer, String code, LocalDate lastDay) {
		ServicePointView desk = desk(viewer, code);
		if (lastDay.isBefore(desk.validFrom()) || lastDay.isBefore(LocalDate.now(clock).minusDays(1))) {
			throw new InvalidInputException("servicePoint.closeInPast");
		}
		jdbc.sql("update feedback.service_point set valid_to = :end where id = :id")
			.param("end", lastDay.plusDays(1)).param("id", desk.id()).update();
		audit.record("servicePoint.close", "servicePoint", desk.id(), null, Map.of("lastDay", lastDay));
		catalog.invalidate();
	}

	@Transactional(readOnly = true)
	public List<Kiosk> kiosks(Viewer viewer, String code) {
		ServicePointView desk = desk(viewer, code);
		return jdbc.sql("""
				select id, name, created_at, revoked_at from feedback.kiosk where service_point_id = :point
				order by revoked_at nulls first, created_at desc""")
			.param("point", desk.id()).query(Rows.as(Kiosk.class)).list();
	}

	/** Revokes a kiosk tablet: its token is refused from now on. */
	public void revokeKiosk(Viewer viewer, String code, long kioskId) {
		ServicePointView desk = desk(viewer, code);
		int revoked = jdbc.sql("""
				update feedback.kiosk set revoked_at = :now
				where id = :id and service_point_id = :point and revoked_at is null""")
			.param("now", OffsetDateTime.now(clock)).param("id", kioskId).param("point", desk.id()).update();
		if (revoked == 0) {
			throw new RecordNotFoundException("kiosk", kioskId);
		}
		audit.record("kiosk.revoke", "kiosk", kioskId, null, Map.of("servicePointId", desk.id()));
	}

	/** The roster from {@code from} for {@code days} days, and any turn still running then. */
	@Transactional(readOnly = true)
	public List<Duty> roster(Viewer viewer, String code, LocalDate from, int days) {
		ServicePointView desk = desk(viewer, code);
		return jdbc.sql("""
				select d.id, s.full_name, s.staff_code, d.starts_at, d.ends_at
				from feedback.duty d join staff.published_member s on s.id = d.staff_id
				where d.service_point_id = :point and d.ends_at > :from and d.starts_at < :to
				order by d.starts_at""")
			.param("point", desk.id()).param("from", startOf(from)).param("to", startOf(from.plusDays(days)))
			.query(Rows.as(Duty.class)).list();
	}

	/** The people working in the desk's unit (or under it) on {@code day}, in Vietnamese name order. */
	@Transactional(readOnly = true)
	public List<Officer> officers(Viewer viewer, String code, LocalDate day) {
		ServicePointView desk = desk(viewer, code);
		return jdbc.sql("""
				select distinct s.id, s.staff_code, s.full_name, s.sort_key
				from staff.published_assignment a join staff.published_member s on s.id = a.staff_id
				join orgunit.published_unit u on u.id = a.unit_id
				where u.path like :unitPath || '%' and a.valid_from <= :day and (a.valid_to is null or a.valid_to > :day)
				order by s.sort_key""")
			.param("unitPath", units.pathOf(desk.unitId())).param("day", day)
			.query((rs, n) -> new Officer(rs.getLong("id"), rs.getString("staff_code"), rs.getString("full_name")))
			.list();
	}

	/** Puts a person on duty on {@code day} from one time to another (Vietnam's time). */
	public void addDuty(Viewer viewer, String code, long staffId, LocalDate day, java.time.LocalTime start,
			java.time.LocalTime end) {
		ServicePointView desk = desk(viewer, code);
		if (day.isBefore(LocalDate.now(clock))) {
			throw new InvalidInputException("duty.inPast");
		}
		servicePoints.assignDuty(viewer, desk.id(), staffId, at(day, start), at(day, end));
	}

	/** Takes a turn off the roster; a turn that has begun stays, since ratings may already name its officer. */
	public void removeDuty(Viewer viewer, String code, long dutyId) {
		ServicePointView desk = desk(viewer, code);
		int removed = jdbc.sql("delete from feedback.duty where id = :id and service_point_id = :point and starts_at > :now")
			.param("id", dutyId).param("point", desk.id()).param("now", OffsetDateTime.now(clock)).update();
		if (removed == 0) {
			throw new InvalidInputException("duty.alreadyBegun");
		}
		audit.record("duty.remove", "duty", dutyId, null, Map.of("servicePointId", desk.id()));
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(vn.congvu.shared.VietnameseDates.VIETNAM).toOffsetDateTime();
	}

	private static OffsetDateTime at(LocalDate day, java.time.LocalTime time) {
		return day.atTime(time).atZone(vn.congvu.shared.VietnameseDates.VIETNAM).toOffsetDateTime();
	}
}
