package vn.congvu.orgunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.ReorganisationCommand.Edge;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * What an administrator does to the tree from the unit pages, on real PostgreSQL: renames and moves keep the unit and
 * take its sub-units along; a merge is previewed (nothing written) and then recorded, re-homing the sub-units of the
 * units that end. Each test builds its own top-level units, so the demo tree the other tests count is left alone.
 */
class UnitAdministrationIntegrationTests extends IntegrationTestSupport {

	private static final Viewer ADMIN = new Viewer("test-admin", "Test", Role.ADMINISTRATOR, null, "/", null, false);

	@Autowired OrgUnitManagement management;
	@Autowired UnitChanges changes;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

	@Test
	void aRenameKeepsTheUnitAndIsWrittenToItsHistory() {
		LocalDate today = LocalDate.now(clock);
		long province = unit("RN", "Tỉnh Thử Đổi Tên", OrgUnitType.PROVINCE, null);
		long ward = unit("RN-1", "Phường Cũ", OrgUnitType.WARD, province);
		long audit = count("platform.audit_entry");

		changes.rename(ADMIN, ward, "  Phường   Hàng Bạc Mới ", new UnitChanges.Basis("12/NQ-HĐND", today.minusDays(3), today));

		OrgUnitView renamed = units.find(ward);
		assertThat(renamed.name()).isEqualTo("Phường Hàng Bạc Mới");
		assertThat(renamed.code()).isEqualTo("RN-1");
		assertThat(units.list(OrgUnitFilter.matching(today, "hang bac moi"))).extracting(OrgUnitView::id)
			.containsExactly(ward);
		assertThat(changes.history(ADMIN, ward)).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ReorganisationKind.RENAME);
			assertThat(c.oldName()).isEqualTo("Phường Cũ");
			assertThat(c.newName()).isEqualTo("Phường Hàng Bạc Mới");
			assertThat(c.legalBasisNumber()).isEqualTo("12/NQ-HĐND");
		});
		assertThat(count("platform.audit_entry")).isEqualTo(audit + 1);
		assertThat(units.subtree(province, today.minusDays(1))).extracting(OrgUnitView::name)
			.as("the tree of the day before shows the old name").containsExactly("Tỉnh Thử Đổi Tên", "Phường Cũ");
	}

	@Test
	void aMoveTakesTheSubUnitsAlongAndTheNewParentsScopeSeesThem() {
		LocalDate today = LocalDate.now(clock);
		long from = unit("MV-A", "Tỉnh Thử Chuyển Đi", OrgUnitType.PROVINCE, null);
		long to = unit("MV-B", "Tỉnh Thử Chuyển Đến", OrgUnitType.PROVINCE, null);
		long ward = unit("MV-A1", "Phường Thử Chuyển", OrgUnitType.WARD, from);
		long school = unit("MV-A1-S", "Trường Thử Chuyển", OrgUnitType.PUBLIC_SERVICE_UNIT, ward);

		changes.move(ADMIN, ward, to, new UnitChanges.Basis("5/QĐ-UBND", today, today));

		assertThat(units.find(ward).parentId()).isEqualTo(to);
		assertThat(units.find(school).path()).isEqualTo(units.find(to).path() + ward + "/" + school + "/");
		assertThat(units.find(school).level()).isEqualTo(3);
		assertThat(units.inScope(scoped(to), school)).isTrue();
		assertThat(units.inScope(scoped(from), school)).isFalse();
		assertThat(changes.history(ADMIN, ward)).singleElement().satisfies(c -> {
			assertThat(c.oldParentName()).isEqualTo("Tỉnh Thử Chuyển Đi");
			assertThat(c.newParentName()).isEqualTo("Tỉnh Thử Chuyển Đến");
		});
	}

	@Test
	void changesThatBreakARuleAreRefusedAndWriteNothing() {
		LocalDate today = LocalDate.now(clock);
		long province = unit("RF", "Tỉnh Thử Từ Chối", OrgUnitType.PROVINCE, null);
		long ward = unit("RF-1", "Phường Thử Từ Chối", OrgUnitType.WARD, province);
		UnitChanges.Basis basis = new UnitChanges.Basis("1/QĐ", today, today);
		long audit = count("platform.audit_entry");
		record Refusal(Runnable change, String key) {
		}
		List<Refusal> refusals = List.of(
				new Refusal(() -> changes.move(ADMIN, province, ward, basis), "orgUnit.moveUnderItself"),
				new Refusal(() -> changes.move(ADMIN, ward, province, basis), "orgUnit.sameParent"),
				new Refusal(() -> changes.rename(ADMIN, ward, "Phường Thử Từ Chối", basis), "orgUnit.sameName"),
				new Refusal(() -> changes.rename(ADMIN, ward, " ", basis), "orgUnit.required"),
				new Refusal(() -> changes.rename(ADMIN, ward, "Tên khác", new UnitChanges.Basis(" ", today, today)),
						"reorganisation.legalBasisRequired"),
				new Refusal(() -> changes.rename(ADMIN, ward, "Tên khác",
						new UnitChanges.Basis("1/QĐ", today.plusDays(1), today)), "reorganisation.legalBasisAfterEffect"),
				new Refusal(() -> changes.rename(ADMIN, ward, "Tên khác",
						new UnitChanges.Basis("1/QĐ", today, today.plusDays(1))), "orgUnit.changeNotYet"));
		for (Refusal refusal : refusals) {
			assertThatThrownBy(refusal.change()::run).isInstanceOf(InvalidInputException.class)
				.hasMessage(refusal.key());
		}
		assertThatThrownBy(() -> changes.rename(headOf(province), ward, "Tên khác", basis))
			.isInstanceOf(NotPermittedException.class);
		assertThat(units.find(ward).name()).isEqualTo("Phường Thử Từ Chối");
		assertThat(units.find(ward).parentId()).isEqualTo(province);
		assertThat(count("platform.audit_entry")).isEqualTo(audit);
	}

	@Test
	void aMergeIsPreviewedWithoutWritingThenRecordedWithItsSubUnitsRehomed() {
		LocalDate today = LocalDate.now(clock);
		long province = unit("MG", "Tỉnh Thử Sáp Nhập", OrgUnitType.PROVINCE, null);
		long east = unit("MG-1", "Phường Thử Đông", OrgUnitType.WARD, province);
		long west = unit("MG-2", "Phường Thử Tây", OrgUnitType.WARD, province);
		long school = unit("MG-1-S", "Trường Thử Đông", OrgUnitType.PUBLIC_SERVICE_UNIT, east);
		ReorganisationCommand merge = new ReorganisationCommand(ReorganisationKind.MERGE, today, "7/NQ-UBTVQH",
				today.minusDays(10), null,
				List.of(new NewOrgUnit("MG-3", "Phường Thử Đông Tây", OrgUnitType.WARD, province, today)),
				List.of(Edge.whole(east, "MG-3"), Edge.whole(west, "MG-3")), "MG-3");
		long audit = count("platform.audit_entry");
		long reorganisations = count("orgunit.reorganisation");

		OrgUnitManagement.Preview preview = management.preview(ADMIN, merge);

		assertThat(preview.ending()).extracting(OrgUnitView::name).containsExactly("Phường Thử Đông", "Phường Thử Tây");
		assertThat(preview.ending()).allSatisfy(u -> assertThat(u.lastDay()).isEqualTo(today.minusDays(1)));
		assertThat(preview.starting()).extracting(OrgUnitView::name).containsExactly("Phường Thử Đông Tây");
		assertThat(preview.subUnitsMoved()).singleElement()
			.satisfies(u -> assertThat(u.parentName()).isEqualTo("Phường Thử Đông Tây"));
		assertThat(units.find(east).validTo()).as("the preview wrote nothing").isNull();
		assertThat(units.find(school).parentId()).isEqualTo(east);
		assertThat(units.byCode("MG-3", today)).isNull();
		assertThat(count("platform.audit_entry")).isEqualTo(audit);
		assertThat(count("orgunit.reorganisation")).isEqualTo(reorganisations);

		management.reorganise(ADMIN, merge);

		OrgUnitView successor = units.byCode("MG-3", today);
		assertThat(units.find(east).validTo()).isEqualTo(today);
		assertThat(units.find(school).parentId()).isEqualTo(successor.id());
		assertThat(units.lineage(successor.id()).predecessors()).extracting(LineageView::otherName)
			.containsExactlyInAnyOrder("Phường Thử Đông", "Phường Thử Tây");
		assertThat(count("orgunit.reorganisation")).isEqualTo(reorganisations + 1);

		List<OrgUnitView> before = units.subtree(province, today.minusDays(1));
		assertThat(before).extracting(OrgUnitView::code).containsExactly("MG", "MG-1", "MG-1-S", "MG-2");
		assertThat(before.get(2).parentId()).as("the day before the merge, the school is under its old ward")
			.isEqualTo(east);
		assertThat(before.get(2).level()).isEqualTo(before.get(1).level() + 1);
		assertThat(units.subtree(province, today)).extracting(OrgUnitView::code).containsExactly("MG", "MG-3", "MG-1-S");
		assertThat(changes.history(ADMIN, school)).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(ReorganisationKind.MOVE);
			assertThat(c.oldParentName()).isEqualTo("Phường Thử Đông");
			assertThat(c.newParentName()).isEqualTo("Phường Thử Đông Tây");
			assertThat(c.legalBasisNumber()).isEqualTo("7/NQ-UBTVQH");
		});
	}

	private long unit(String code, String name, OrgUnitType type, Long parent) {
		return management.create(ADMIN, new NewOrgUnit(code, name, type, parent, LocalDate.now(clock).minusYears(1)));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
