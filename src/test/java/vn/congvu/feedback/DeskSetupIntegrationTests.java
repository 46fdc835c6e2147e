package vn.congvu.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.staff.Gender;
import vn.congvu.staff.NewStaffMember;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffManagement;

/**
 * A new ward's desk set up in the app on real PostgreSQL: the desk, its roster (one officer at a time, only people of
 * the unit), a kiosk revoked so its token stops working, the unit's contacts, and closing the desk.
 */
class DeskSetupIntegrationTests extends IntegrationTestSupport {

	private static final Viewer ADMIN = new Viewer("test-admin", "Test", Role.ADMINISTRATOR, null, "/", null, false);

	@Autowired ServicePoints servicePoints;
	@Autowired DeskSetup desks;
	@Autowired FeedbackIntake intake;
	@Autowired UnitContacts contacts;
	@Autowired OrgUnitManagement units;
	@Autowired StaffManagement staff;
	@Autowired JdbcClient jdbc;

	@Test
	void aNewWardsDeskGetsItsRosterKioskAndContactsAndCanClose() throws Exception {
		LocalDate today = LocalDate.now(clock);
		LocalDate tomorrow = today.plusDays(1);
		long province = units.create(ADMIN, new NewOrgUnit("DS", "Tỉnh Thử Quầy", OrgUnitType.PROVINCE, null, today.minusYears(1)));
		long ward = units.create(ADMIN, new NewOrgUnit("DS-1", "Phường Thử Quầy", OrgUnitType.WARD, province, today.minusYears(1)));
		long other = units.create(ADMIN, new NewOrgUnit("DS-2", "Phường Thử Khác", OrgUnitType.WARD, province, today.minusYears(1)));
		long an = person("DS-0001", "Nguyễn Văn An", ward);
		long binh = person("DS-0002", "Trần Thị Bình", ward);
		long outsider = person("DS-0003", "Lê Văn Cường", other);
		Viewer head = headOf(ward);

		servicePoints.create(head, "DS-1-Q1", "Bộ phận một cửa – quầy 1", ward, "024 1111 2222", false,
				today.minusDays(5), null);
		assertThatThrownBy(() -> servicePoints.create(head, "DS-1-Q1", "Trùng", ward, null, false, today, null))
			.hasMessage("servicePoint.codeTaken");

		desks.addDuty(head, "DS-1-Q1", an, tomorrow, LocalTime.of(7, 30), LocalTime.of(11, 30));
		desks.addDuty(head, "DS-1-Q1", binh, tomorrow, LocalTime.of(13, 30), LocalTime.of(17, 0));
		record Refusal(Runnable change, String key) {
		}
		for (Refusal refusal : List.of(
				new Refusal(() -> desks.addDuty(head, "DS-1-Q1", binh, tomorrow, LocalTime.of(11, 0), LocalTime.of(12, 0)),
						"duty.overlaps"),
				new Refusal(() -> desks.addDuty(head, "DS-1-Q1", outsider, tomorrow.plusDays(1), LocalTime.of(8, 0),
						LocalTime.of(9, 0)), "duty.notInUnit"),
				new Refusal(() -> desks.addDuty(head, "DS-1-Q1", an, tomorrow.plusDays(1), LocalTime.of(9, 0),
						LocalTime.of(8, 0)), "duty.endBeforeStart"),
				new Refusal(() -> desks.addDuty(head, "DS-1-Q1", an, today.minusDays(1), LocalTime.of(8, 0),
						LocalTime.of(9, 0)), "duty.inPast"))) {
			assertThatThrownBy(refusal.change()::run).isInstanceOf(InvalidInputException.class).hasMessage(refusal.key());
		}
		List<DeskSetup.Duty> roster = desks.roster(head, "DS-1-Q1", today, 14);
		assertThat(roster).extracting(DeskSetup.Duty::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
		assertThat(desks.officers(head, "DS-1-Q1", today)).extracting(DeskSetup.Officer::fullName)
			.containsExactly("Nguyễn Văn An", "Trần Thị Bình");
		desks.removeDuty(head, "DS-1-Q1", roster.get(1).id());
		assertThat(desks.roster(head, "DS-1-Q1", today, 14)).hasSize(1);

		String token = servicePoints.registerKiosk(head, "DS-1-Q1", "Máy tính bảng thử");
		FeedbackSubmission rating = new FeedbackSubmission("DS-1-Q1", null, Map.of("OVERALL", 5), null, null, null);
		assertThat(intake.submit(rating, token, "test").get()).isNotNull();
		long kiosk = desks.kiosks(head, "DS-1-Q1").getFirst().id();
		desks.revokeKiosk(head, "DS-1-Q1", kiosk);
		assertThatThrownBy(() -> intake.submit(rating, token, "test")).hasMessage("feedback.unknownKiosk");
		assertThat(desks.kiosks(head, "DS-1-Q1").getFirst().revokedAt()).isNotNull();

		assertThatThrownBy(() -> servicePoints.setContact(head, ward, "024 1111 2222", "tiepdan at phuong", "Thứ Năm"))
			.hasMessage("contact.badEmail");
		servicePoints.setContact(head, ward, "024 1111 2222", "tiepdan@phuongthu.gov.vn", "Sáng thứ Năm, 8:00–11:30");
		assertThat(contacts.of(ward)).get().extracting(UnitContacts.Contact::email).isEqualTo("tiepdan@phuongthu.gov.vn");

		assertThatThrownBy(() -> desks.desk(headOf(other), "DS-1-Q1")).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> desks.revokeKiosk(headOf(other), "DS-1-Q1", kiosk))
			.isInstanceOf(RecordNotFoundException.class);

		desks.close(head, "DS-1-Q1", today.minusDays(1));
		assertThat(desks.desk(head, "DS-1-Q1").validTo()).isEqualTo(today);
		assertThatThrownBy(() -> intake.submit(new FeedbackSubmission("DS-1-Q1", null, Map.of("OVERALL", 4), null,
				null, null), null, "test")).hasMessage("feedback.unknownServicePoint");
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action in ('kiosk.revoke', 'duty.remove', 'servicePoint.close') and entity_id in (:ids)")
			.param("ids", List.of(String.valueOf(kiosk), String.valueOf(roster.get(1).id()), String.valueOf(desks.desk(head, "DS-1-Q1").id())))
			.query(Long.class).single()).isEqualTo(3);
	}

	private long person(String code, String name, long unit) {
		return staff.create(ADMIN, new NewStaffMember(code, name, StaffCategory.CIVIL_SERVANT, Gender.MALE, null, null,
				unit, "Công chức", null, LocalDate.now(clock).minusMonths(3)));
	}
}
