package vn.congvu.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
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
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * What a Home Affairs officer does to a person's record on real PostgreSQL: add, correct (the name re-sorts and
 * re-indexes), transfer, end the assignment (the page still opens), each audited; a refused change writes nothing.
 * The people live in units made for the test, so the demo's counts stay as other tests expect.
 */
class StaffAdministrationIntegrationTests extends IntegrationTestSupport {

	private static final Viewer ADMIN = new Viewer("test-admin", "Test", Role.ADMINISTRATOR, null, "/", null, false);

	@Autowired StaffManagement management;
	@Autowired StaffQueries staff;
	@Autowired OrgUnitManagement units;
	@Autowired JdbcClient jdbc;

	@Test
	void aPersonIsAddedCorrectedTransferredAndTheirAssignmentEnded() {
		LocalDate today = LocalDate.now(clock);
		long province = unit("SA", "Tỉnh Thử Cán Bộ", OrgUnitType.PROVINCE, null);
		long east = unit("SA-1", "Phường Thử Cán Bộ Đông", OrgUnitType.WARD, province);
		long west = unit("SA-2", "Phường Thử Cán Bộ Tây", OrgUnitType.WARD, province);
		Viewer officer = scoped(province);
		long audit = count("platform.audit_entry");

		long id = management.create(officer, new NewStaffMember("SA-0001", "Trần Thị Bích", StaffCategory.CIVIL_SERVANT,
				Gender.FEMALE, LocalDate.of(1990, 3, 4), null, east, "Công chức Văn phòng", null, today.minusMonths(6)));
		management.update(officer, id, new StaffManagement.Details(" Trần  Thị Bích Ngọc ", StaffCategory.CIVIL_SERVANT,
				Gender.FEMALE, LocalDate.of(1990, 3, 4), "ngoc.tran@example.vn"), today);
		assertThat(staff.find(officer, id, today).fullName()).isEqualTo("Trần Thị Bích Ngọc");
		assertThat(staff.emailOf(id)).isEqualTo("ngoc.tran@example.vn");
		assertThat(staff.page(officer, new StaffFilter(today, "bich ngoc", null), 0, 10).rows())
			.extracting(StaffRow::id).containsExactly(id);

		management.transfer(officer, id, west, "Phó Chủ tịch", Leadership.DEPUTY, today.minusDays(10));
		assertThat(staff.find(officer, id, today).unitName()).isEqualTo("Phường Thử Cán Bộ Tây");
		assertThat(staff.assignments(id)).extracting(AssignmentView::unitName, AssignmentView::validTo)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Phường Thử Cán Bộ Tây", null),
					org.assertj.core.groups.Tuple.tuple("Phường Thử Cán Bộ Đông", today.minusDays(10)));

		management.endAssignment(officer, id, today.minusDays(1), "Chuyển công tác ra ngoài thành phố");
		assertThatThrownBy(() -> staff.find(officer, id, today)).isInstanceOf(RecordNotFoundException.class);
		StaffRow latest = staff.findLatest(officer, id, today);
		assertThat(latest.unitName()).as("the page still opens on the last assignment")
			.isEqualTo("Phường Thử Cán Bộ Tây");
		assertThat(staff.assignments(id).getFirst().validTo()).isEqualTo(today);
		assertThat(count("platform.audit_entry")).isEqualTo(audit + 4);
		assertThatThrownBy(() -> staff.findLatest(scoped(east), id, today)).as("outside the last unit's scope")
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void refusedChangesSayWhyAndWriteNothing() {
		LocalDate today = LocalDate.now(clock);
		long province = unit("SR", "Tỉnh Thử Từ Chối Cán Bộ", OrgUnitType.PROVINCE, null);
		long ward = unit("SR-1", "Phường Thử Từ Chối Cán Bộ", OrgUnitType.WARD, province);
		Viewer officer = scoped(province);
		long id = management.create(officer, new NewStaffMember("SR-0001", "Lê Văn Hùng", StaffCategory.WORKER,
				Gender.MALE, null, null, ward, "Nhân viên", null, today.minusMonths(1)));
		long audit = count("platform.audit_entry");
		record Refusal(Runnable change, String key) {
		}
		List<Refusal> refusals = List.of(
				new Refusal(() -> management.update(officer, id, new StaffManagement.Details("Lê Văn Hùng",
						StaffCategory.WORKER, Gender.MALE, today.minusYears(3), null), today), "staff.birthDateImplausible"),
				new Refusal(() -> management.update(officer, id, new StaffManagement.Details("Lê Văn Hùng",
						StaffCategory.WORKER, Gender.MALE, null, "hung at example"), today), "staff.badEmail"),
				new Refusal(() -> management.update(officer, id, new StaffManagement.Details(" ",
						StaffCategory.WORKER, Gender.MALE, null, null), today), "staff.required"),
				new Refusal(() -> management.transfer(officer, id, ward, "Nhân viên", null, today.minusMonths(1)),
						"staff.transferBeforeAssignment"),
				new Refusal(() -> management.transfer(officer, id, ward, " ", null, today), "staff.required"),
				new Refusal(() -> management.endAssignment(officer, id, today, " "), "staff.endReasonRequired"));
		for (Refusal refusal : refusals) {
			assertThatThrownBy(refusal.change()::run).isInstanceOf(InvalidInputException.class)
				.hasMessage(refusal.key());
		}
		assertThatThrownBy(() -> management.endAssignment(headOf(ward), id, today, "Nghỉ việc"))
			.isInstanceOf(NotPermittedException.class);
		assertThat(count("platform.audit_entry")).isEqualTo(audit);
		assertThat(staff.assignments(id)).singleElement().satisfies(a -> assertThat(a.validTo()).isNull());
	}

	private long unit(String code, String name, OrgUnitType type, Long parent) {
		return units.create(ADMIN, new NewOrgUnit(code, name, type, parent, LocalDate.now(clock).minusYears(1)));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
