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
import vn.congvu.platform.Accounts;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/** Điểm phục vụ: desks and counters, their kiosks, duty rosters and the unit's published contacts. Audited. */
@Service
@Transactional
public class ServicePoints {

	private static final String SELECT = """
			select p.id, p.code, p.name, p.unit_id, u.name as unit_name, p.hotline, p.receipt_required, p.valid_from,
			       p.valid_to
			from feedback.service_point p join orgunit.published_unit u on u.id = p.unit_id
			""";

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final SurveyCatalog catalog;
	private final OrgUnitQueries units;
	private final Clock clock;

	ServicePoints(JdbcClient jdbc, AuditLog audit, SurveyCatalog catalog, OrgUnitQueries units, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.catalog = catalog;
		this.units = units;
		this.clock = clock;
	}

	/** Creates a service point of a unit in the viewer's scope; returns its id. */
	public long create(Viewer viewer, String code, String name, long unitId, @Nullable String hotline, boolean receiptRequired,
			LocalDate validFrom, @Nullable LocalDate validTo) {
		NotPermittedException.unless(viewer.mayManageDesks());
		units.find(viewer, unitId);
		if (code.isBlank() || name.isBlank()) {
			throw new InvalidInputException("servicePoint.required");
		}
		vn.congvu.shared.TextLimits.require(code, 40);
		vn.congvu.shared.TextLimits.require(name, 300);
		vn.congvu.shared.TextLimits.require(hotline, 40);
		if (jdbc.sql("select exists (select 1 from feedback.service_point where code = :code)").param("code", code)
			.query(Boolean.class).single()) {
			throw new InvalidInputException("servicePoint.codeTaken", code);
		}
		long id = jdbc.sql("""
				insert into feedback.service_point (code, name, unit_id, hotline, receipt_required, valid_from, valid_to)
				values (:code, :name, :unit, :hotline, :receipt, :from, :to) returning id""")
			.param("code", code).param("name", name).param("unit", unitId).param("hotline", hotline)
			.param("receipt", receiptRequired).param("from", validFrom).param("to", validTo)
			.query(Long.class).single();
		audit.record("servicePoint.create", "servicePoint", id, null, Map.of("code", code, "name", name, "unitId",
				unitId));
		catalog.invalidate();
		return id;
	}

	/**
	 * Registers a kiosk (tablet) at a desk of the viewer's scope and returns its device token, shown once; a desk
	 * outside the scope is "not found".
	 */
	public String registerKiosk(Viewer viewer, String code, String name) {
		ServicePointView point = byCode(code);
		if (!viewer.mayManageDesks() || !units.inScope(viewer, point.unitId())) {
			throw new RecordNotFoundException("servicePoint", code);
		}
		vn.congvu.shared.TextLimits.require(name, 200);
		long servicePointId = point.id();
		String token = Accounts.randomPassword() + Accounts.randomPassword();
		long id = jdbc.sql("""
				insert into feedback.kiosk (service_point_id, name, token_hash) values (:point, :name, :hash)
				returning id""")
			.param("point", servicePointId).param("name", name).param("hash", FeedbackIntake.hashToken(token))
			.query(Long.class).single();
		audit.record("kiosk.register", "kiosk", id, null, Map.of("servicePointId", servicePointId, "name", name));
		return token;
	}

	/**
	 * Puts a staff member on duty at a desk for a period. The person must work in the desk's unit (or under it) then,
	 * and the desk must have nobody else on duty in that period, so each rating names one officer.
	 */
	public void assignDuty(Viewer viewer, long servicePointId, long staffId, OffsetDateTime from, OffsetDateTime to) {
		NotPermittedException.unless(viewer.mayManageDesks());
		ServicePointView point = jdbc.sql(SELECT + " where p.id = :id").param("id", servicePointId)
			.query(Rows.as(ServicePointView.class)).optional()
			.filter(p -> units.inScope(viewer, p.unitId()))
			.orElseThrow(() -> new RecordNotFoundException("servicePoint", servicePointId));
		if (!to.isAfter(from)) {
			throw new InvalidInputException("duty.endBeforeStart");
		}
		boolean works = jdbc.sql("""
				select exists (select 1 from staff.published_assignment a join orgunit.published_unit u on u.id = a.unit_id
				  where a.staff_id = :staff and u.path like :unitPath || '%'
				    and a.valid_from < :toDay and (a.valid_to is null or a.valid_to > :fromDay))""")
			.param("staff", staffId).param("unitPath", units.pathOf(point.unitId()))
			.param("fromDay", vn.congvu.shared.VietnameseDates.dayOf(from))
			.param("toDay", vn.congvu.shared.VietnameseDates.dayOf(to).plusDays(1)).query(Boolean.class).single();
		if (!works) {
			throw new InvalidInputException("duty.notInUnit", point.unitName());
		}
		String overlapping = jdbc.sql("""
				select s.full_name from feedback.duty d join staff.published_member s on s.id = d.staff_id
				where d.service_point_id = :point and d.starts_at < :to and d.ends_at > :from limit 1""")
			.param("point", servicePointId).param("from", from).param("to", to).query(String.class).optional()
			.orElse(null);
		if (overlapping != null) {
			throw new InvalidInputException("duty.overlaps", overlapping);
		}
		long id = jdbc.sql("""
				insert into feedback.duty (service_point_id, staff_id, starts_at, ends_at)
				values (:point, :staff, :from, :to) returning id""")
			.param("point", servicePointId).param("staff", staffId).param("from", from).param("to", to)
			.query(Long.class).single();
		audit.record("duty.assign", "duty", id, null, Map.of("servicePointId", servicePointId, "staffId", staffId,
				"from", from.toString(), "to", to.toString()));
	}

	/** Publishes a unit's hotline, e-mail and the head's citizen-reception schedule. */
	public void setContact(Viewer viewer, long unitId, String hotline, String email, String receptionSchedule) {
		NotPermittedException.unless(viewer.mayManageDesks());
		units.find(viewer, unitId);
		Problems problems = new Problems();
		if (problems.require(hotline != null && hotline.strip().matches("[0-9 .()+\\-]{3,40}"), "hotline",
				"contact.badHotline", hotline == null ? "" : hotline)) {
			problems.check("hotline", () -> TextLimits.require(hotline, 40));
		}
		if (problems.require(email != null && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
				"contact.badEmail", email == null ? "" : email)) {
			problems.check("email", () -> TextLimits.require(email, 200));
		}
		if (problems.require(receptionSchedule != null && !receptionSchedule.isBlank(), "receptionSchedule",
				"contact.scheduleRequired")) {
			problems.check("receptionSchedule", () -> TextLimits.require(receptionSchedule, 500));
		}
		problems.refuseIfAny();
		String phone = hotline.strip();
		String mail = email.strip();
		jdbc.sql("""
				insert into feedback.unit_contact (unit_id, hotline, email, reception_schedule)
				values (:unit, :hotline, :email, :schedule)
				on conflict (unit_id) do update set hotline = excluded.hotline, email = excluded.email,
				    reception_schedule = excluded.reception_schedule""")
			.param("unit", unitId).param("hotline", phone).param("email", mail)
			.param("schedule", receptionSchedule.strip()).update();
		audit.record("unitContact.set", "orgUnit", unitId, null, Map.of("hotline", phone, "email", mail));
	}

	/** The service points of a unit open on {@code date}. */
	@Transactional(readOnly = true)
	public List<ServicePointView> ofUnit(long unitId, LocalDate date) {
		return jdbc.sql(SELECT + """
				where p.unit_id = :unit and p.valid_from <= :date and (p.valid_to is null or p.valid_to > :date)
				order by p.code""").param("unit", unitId).param("date", date).query(Rows.as(ServicePointView.class)).list();
	}

	/**
	 * A desk open today, from the in-memory catalog the ratings path uses (refreshed every few seconds), for the
	 * citizens' pages; a closed or unknown desk is "not found".
	 */
	public ServicePointView open(String code) {
		return catalog.point(code).map(SurveyCatalog.Point::view)
			.orElseThrow(() -> new RecordNotFoundException("servicePoint", code));
	}

	@Transactional(readOnly = true)
	public ServicePointView byCode(String code) {
		return jdbc.sql(SELECT + " where p.code = :code").param("code", code).query(Rows.as(ServicePointView.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("servicePoint", code));
	}

	/** A desk with the officer on duty now and the number of kiosks registered there. */
	public record DeskRow(long id, String code, String name, String unitName, @Nullable String hotline,
			@Nullable String officerOnDuty, int kiosks) {
	}

	/** The desks open today in the scope, with who is on duty now. */
	@Transactional(readOnly = true)
	public List<DeskRow> desks(Viewer viewer) {
		NotPermittedException.unless(viewer.mayManageDesks());
		OffsetDateTime now = OffsetDateTime.now(clock);
		return jdbc.sql("""
				select p.id, p.code, p.name, u.name as unit_name, p.hotline,
				       (select s.full_name from staff.published_member s where s.id = %s) as officer_on_duty,
				       (select count(*) from feedback.kiosk k where k.service_point_id = p.id) as kiosks
				from feedback.service_point p join orgunit.published_unit u on u.id = p.unit_id
				where u.path like :scopePath || '%%' and p.valid_from <= :date and (p.valid_to is null or p.valid_to > :date)
				order by u.name, p.code""".formatted(OfficerOnDuty.staffId("p.id", ":now"))).param("scopePath", viewer.scopePath()).param("date", now.toLocalDate()).param("now", now)
			.query(Rows.as(DeskRow.class)).list();
	}
}
