package vn.congvu.staff;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseNames;
import vn.congvu.shared.VietnameseText;

/** Writes staff records and assignments. Every write is audited; a batch is written whole or not at all. */
@Service
@Transactional
public class StaffManagement {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final AuditLog audit;

	StaffManagement(JdbcClient jdbc, OrgUnitQueries units, StaffQueries staff, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.staff = staff;
		this.audit = audit;
	}

	/**
	 * Creates a person with their first assignment, in a unit the viewer's scope holds; returns the id. Only those who
	 * manage staff (Home Affairs, administrators) add people.
	 */
	public long create(Viewer viewer, NewStaffMember member) {
		return create(viewer, member, new Problems());
	}

	/**
	 * Adds a person with their first assignment unless the form has problems ({@code problems}: those found before,
	 * values the form could not read); every problem is refused at once, at its field.
	 */
	public long create(Viewer viewer, NewStaffMember member, Problems problems) {
		NotPermittedException.unless(viewer.mayManageStaff());
		problems.check("staffCode", () -> TextLimits.requireFilled(member.staffCode(), 30, "form.required"));
		problems.check("fullName", () -> TextLimits.requireFilled(member.fullName(), 200, "form.required"));
		problems.check("position", () -> TextLimits.requireFilled(member.position(), 200, "form.required"));
		problems.check("email", () -> TextLimits.require(member.email(), 200));
		problems.require(member.category() != null, "category", "staff.chooseCategory");
		problems.require(member.gender() != null, "gender", "staff.chooseGender");
		if (!problems.has("staffCode")) {
			problems.require(!staff.codeExists(member.staffCode()), "staffCode", "staff.codeTaken",
					member.staffCode());
		}
		if (problems.require(member.unitId() > 0, "unitId", "staff.chooseUnit")) {
			OrgUnitView unit = units.find(viewer, member.unitId());
			problems.require(unit.validOn(member.assignedFrom()), "assignedFrom", "staff.unitNotValid", unit.name());
		}
		problems.refuseIfAny();
		String name = member.fullName().strip().replaceAll("\\s+", " ");
		long id = jdbc.sql("""
				insert into staff.staff_member (staff_code, full_name, search_text, sort_key, category, gender,
				                                birth_date, email)
				values (:code, :name, :search, :sortKey, :category, :gender, :birth, :email) returning id""")
			.param("code", member.staffCode().strip()).param("name", name)
			.param("search", VietnameseText.fold(name)).param("sortKey", VietnameseNames.sortKey(name))
			.param("category", member.category().name()).param("gender", member.gender().name())
			.param("birth", member.birthDate()).param("email", member.email()).query(Long.class).single();
		assign(id, member.unitId(), member.position(), member.leadership(), member.assignedFrom());
		audit.record("staff.create", "staff", id, null, member);
		return id;
	}

	/** A person's own details as an officer corrects them; the staff code does not change. */
	public record Details(String fullName, StaffCategory category, Gender gender, @Nullable LocalDate birthDate,
			@Nullable String email) {
	}

	/** Corrects a person's name, category, gender, birth date or e-mail. */
	public void update(Viewer viewer, long staffId, Details details, LocalDate today) {
		NotPermittedException.unless(viewer.mayManageStaff());
		StaffRow before = staff.findLatest(viewer, staffId, today);
		String name = details.fullName() == null ? "" : details.fullName().strip().replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			throw new InvalidInputException("staff.required");
		}
		vn.congvu.shared.TextLimits.require(name, 200);
		vn.congvu.shared.TextLimits.require(details.email(), 200);
		if (details.birthDate() != null && details.birthDate().isAfter(today.minusYears(15))) {
			throw new InvalidInputException("staff.birthDateImplausible");
		}
		String email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInputException("staff.badEmail", email);
		}
		jdbc.sql("""
				update staff.staff_member set full_name = :name, search_text = :search, sort_key = :sortKey,
				       category = :category, gender = :gender, birth_date = :birth, email = :email
				where id = :id""")
			.param("name", name).param("search", VietnameseText.fold(name))
			.param("sortKey", VietnameseNames.sortKey(name)).param("category", details.category().name())
			.param("gender", details.gender().name()).param("birth", details.birthDate()).param("email", email)
			.param("id", staffId).update();
		audit.record("staff.update", "staff", staffId, java.util.Map.of("fullName", before.fullName()),
				new Details(name, details.category(), details.gender(), details.birthDate(), email));
	}

	/** Ends the person's current assignment after {@code lastDay} (retirement, resignation, end of contract). */
	public void endAssignment(Viewer viewer, long staffId, LocalDate lastDay, String reason) {
		NotPermittedException.unless(viewer.mayManageStaff());
		StaffRow person = staff.find(viewer, staffId, lastDay);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("staff.endReasonRequired");
		}
		vn.congvu.shared.TextLimits.require(reason, 300);
		jdbc.sql("""
				update staff.assignment set valid_to = :end
				where staff_id = :id and valid_from <= :last and (valid_to is null or valid_to > :end)""")
			.param("end", lastDay.plusDays(1)).param("last", lastDay).param("id", staffId).update();
		audit.record("staff.endAssignment", "staff", staffId, null,
				java.util.Map.of("unitId", person.unitId(), "lastDay", lastDay, "reason", reason.strip()));
	}

	/** Ends the person's current assignment on {@code from} and starts a new one there. */
	public void transfer(Viewer viewer, long staffId, long unitId, String position, @Nullable Leadership leadership,
			LocalDate from) {
		NotPermittedException.unless(viewer.mayManageStaff());
		StaffRow person = staff.findLatest(viewer, staffId, from);
		if (position == null || position.isBlank()) {
			throw new InvalidInputException("staff.required");
		}
		vn.congvu.shared.TextLimits.require(position, 200);
		if (!from.isAfter(person.assignedFrom())) {
			throw new InvalidInputException("staff.transferBeforeAssignment");
		}
		OrgUnitView unit = units.find(viewer, unitId);
		if (!unit.validOn(from)) {
			throw new InvalidInputException("staff.unitNotValid", unit.name());
		}
		jdbc.sql("""
				update staff.assignment set valid_to = :from
				where staff_id = :id and valid_from < :from and (valid_to is null or valid_to > :from)""")
			.param("from", from).param("id", staffId).update();
		assign(staffId, unitId, position, leadership, from);
		audit.record("staff.transfer", "staff", staffId, null,
				java.util.Map.of("unitId", unitId, "position", position, "from", from));
	}

	/** Creates every person in one transaction, reporting progress; any failure leaves nothing written. */
	public int createAll(Viewer viewer, List<NewStaffMember> members, Jobs.Progress progress) {
		int done = 0;
		for (NewStaffMember member : members) {
			create(viewer, member);
			done++;
			if (done % 20 == 0 || done == members.size()) {
				progress.update(done, members.size());
			}
		}
		return done;
	}

	private void assign(long staffId, long unitId, String position, @Nullable Leadership leadership,
			LocalDate from) {
		jdbc.sql("""
				insert into staff.assignment (staff_id, unit_id, position, leadership, valid_from)
				values (:staff, :unit, :position, :leadership, :from)""")
			.param("staff", staffId).param("unit", unitId).param("position", position.strip())
			.param("leadership", leadership == null ? null : leadership.name()).param("from", from).update();
	}
}
