package vn.congvu.orgunit;

import vn.congvu.platform.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.ReorganisationCommand.Edge;
import vn.congvu.shared.InvalidInputException;

/** The unit tree on real PostgreSQL with the Hoàn Kiếm demo data: as-of queries, lineage, code reuse. */
class OrgUnitIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	OrgUnitQueries units;

	@Autowired
	OrgUnitManagement management;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCodeNamesAUnitOnlyTogetherWithADate() {
		assertThat(units.byCode("00070", BEFORE).name()).isEqualTo("Phường Hàng Trống");
		assertThat(units.byCode("00070", REFORM).name()).isEqualTo("Phường Hoàn Kiếm");
		assertThat(units.byCode("00082", BEFORE).name()).isEqualTo("Phường Trần Hưng Đạo");
		assertThat(units.byCode("00082", REFORM).name()).isEqualTo("Phường Cửa Nam");
		assertThat(units.byCode("00061", REFORM)).as("Hàng Bạc ended with the reform").isNull();
	}

	@Test
	void theTreeAsOfADateShowsTheUnitsInForceThen() {
		List<OrgUnitView> before = units.tree(Viewer.system(), BEFORE);
		assertThat(before).hasSize(1 + 1 + 12 + 18);
		assertThat(before.get(0).name()).isEqualTo("Thành phố Hà Nội");
		assertThat(before.get(1).name()).isEqualTo("Quận Hoàn Kiếm");
		List<OrgUnitView> after = units.tree(Viewer.system(), REFORM);
		assertThat(after).extracting(OrgUnitView::name).containsExactly("Thành phố Hà Nội", "Phường Ba Đình",
				"Phường Hoàn Kiếm", "Phường Cửa Nam", "Phường Hồng Hà");
	}

	@Test
	void aScopeLimitsTheTreeAndHidesOtherUnits() {
		long cuaNam = units.byCode("00082", REFORM).id();
		long hoanKiem = units.byCode("00070", REFORM).id();
		assertThat(units.tree(scoped(cuaNam), REFORM)).extracting(OrgUnitView::id).containsExactly(cuaNam);
		assertThatThrownBy(() -> units.find(scoped(cuaNam), hoanKiem))
			.isInstanceOf(vn.congvu.shared.RecordNotFoundException.class);
		assertThat(units.inScope(Viewer.system(), hoanKiem)).isTrue();
		assertThat(units.inScope(scoped(cuaNam), hoanKiem)).isFalse();
	}

	@Test
	void theNewHoanKiemWardRecordsWhereItCameFrom() {
		long hoanKiem = units.byCode("00070", REFORM).id();
		Lineage lineage = units.lineage(hoanKiem);
		assertThat(lineage.predecessors()).hasSize(13);
		assertThat(lineage.predecessors()).filteredOn(e -> e.share().equals("WHOLE")).extracting(LineageView::otherName)
			.containsExactlyInAnyOrder("Phường Hàng Bạc", "Phường Hàng Bồ", "Phường Hàng Buồm", "Phường Hàng Đào",
					"Phường Hàng Gai", "Phường Hàng Mã", "Phường Lý Thái Tổ");
		assertThat(lineage.predecessors()).allSatisfy(e -> {
			assertThat(e.kind()).isEqualTo(ReorganisationKind.MERGE);
			assertThat(e.legalBasisNumber()).isEqualTo("1656/NQ-UBTVQH15");
			assertThat(e.effectiveDate()).isEqualTo(REFORM);
		});
		assertThat(lineage.successors()).isEmpty();
	}

	@Test
	void aSplitWardPassesPartsToSeveralSuccessorsAndTheDistrictIsDissolved() {
		long hangTrong = units.byCode("00070", BEFORE).id();
		assertThat(units.lineage(hangTrong).successors()).extracting(LineageView::otherName, LineageView::share)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Phường Hoàn Kiếm", "PART"),
					org.assertj.core.groups.Tuple.tuple("Phường Cửa Nam", "PART"));
		long district = units.byCode("002", BEFORE).id();
		assertThat(units.lineage(district).successors()).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(ReorganisationKind.DISSOLVE);
			assertThat(e.otherUnitId()).isNull();
		});
	}

	@Test
	void searchIgnoresDiacritics() {
		assertThat(units.list(OrgUnitFilter.matching(BEFORE, "hang bac")))
			.extracting(OrgUnitView::name).containsExactly("Phường Hàng Bạc");
		assertThat(units.list(OrgUnitFilter.matching(REFORM, "HOAN KIEM")))
			.extracting(OrgUnitView::name).containsExactly("Phường Hoàn Kiếm");
	}

	@Test
	void aCodeCannotBeHeldByTwoUnitsAtOnce() {
		long hanoi = units.byCode("01", REFORM).id();
		assertThatThrownBy(() -> management.create(Viewer.system(), new NewOrgUnit("00082", "Phường Trùng Mã", OrgUnitType.WARD, hanoi,
				LocalDate.of(2026, 1, 1)))).isInstanceOf(InvalidInputException.class).hasMessage("orgUnit.codeInUse");
		// the database itself refuses overlapping periods for one code, whatever the caller
		assertThatThrownBy(() -> jdbc.sql("""
				insert into orgunit.org_unit (code, name, search_text, type, path, level, valid_from)
				values ('00082', 'x', 'x', 'WARD', '/x/', 1, '2026-01-01')""").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRefusedReorganisationWritesNothing() {
		long hanoi = units.byCode("01", REFORM).id();
		long reorganisations = count("orgunit.reorganisation");
		long audit = count("platform.audit_entry");
		assertThatThrownBy(() -> management.reorganise(Viewer.system(), new ReorganisationCommand(ReorganisationKind.DISSOLVE,
				LocalDate.of(2026, 12, 1), "99/NQ-TEST", LocalDate.of(2026, 11, 1), null, List.of(),
				List.of(Edge.dissolved(hanoi))))).isInstanceOf(InvalidInputException.class)
			.hasMessage("reorganisation.orphans");
		assertThat(units.find(hanoi).validTo()).isNull();
		assertThat(count("orgunit.reorganisation")).isEqualTo(reorganisations);
		assertThat(count("platform.audit_entry")).isEqualTo(audit);
	}

	@Test
	void aReorganisationNeedsALegalBasisDatedBeforeItTakesEffect() {
		long cuaNam = units.byCode("00082", REFORM).id();
		assertThatThrownBy(() -> management.reorganise(Viewer.system(), new ReorganisationCommand(ReorganisationKind.RENAME,
				LocalDate.of(2026, 12, 1), " ", LocalDate.of(2026, 11, 1), null, List.of(),
				List.of(Edge.whole(cuaNam, "00082"))))).hasMessage("reorganisation.legalBasisRequired");
		assertThatThrownBy(() -> management.reorganise(Viewer.system(), new ReorganisationCommand(ReorganisationKind.RENAME,
				LocalDate.of(2026, 12, 1), "1/QĐ", LocalDate.of(2026, 12, 2), null, List.of(),
				List.of(Edge.whole(cuaNam, "00082"))))).hasMessage("reorganisation.legalBasisAfterEffect");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
