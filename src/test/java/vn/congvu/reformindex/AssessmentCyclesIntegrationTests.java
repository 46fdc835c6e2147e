package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * A province publishes three PAR tables for one year (wards; communes and special zones together; departments) while
 * the city next to it runs its own table for its wards in the same year; a kind sits in one table per year and scope;
 * a cycle opens with a deadline from today and the deadline moves only later, each unit told from when.
 */
class AssessmentCyclesIntegrationTests extends IntegrationTestSupport {

	@Autowired Methodologies methodologies;
	@Autowired AssessmentCycles cycles;
	@Autowired Assessments assessments;
	@Autowired OrgUnitManagement unitManagement;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

	/** A province of the test's own: one ward, two communes, a special zone and a department. */
	private Viewer provinceOfficer(String code) {
		LocalDate start = LocalDate.of(LocalDate.now(clock).getYear() - 1, 12, 31); // after every date other tests ask for
		long province = unitManagement.create(Viewer.system(), new NewOrgUnit(code, "Tỉnh Kiểm Thử " + code,
				OrgUnitType.PROVINCE, null, start));
		unitManagement.create(Viewer.system(), new NewOrgUnit(code + "01", "Phường Bến Cảng", OrgUnitType.WARD, province,
				start));
		unitManagement.create(Viewer.system(), new NewOrgUnit(code + "02", "Xã An Hòa", OrgUnitType.COMMUNE, province,
				start));
		unitManagement.create(Viewer.system(), new NewOrgUnit(code + "03", "Xã Đông Sơn", OrgUnitType.COMMUNE, province,
				start));
		unitManagement.create(Viewer.system(), new NewOrgUnit(code + "04", "Đặc khu Hòn Ngọc", OrgUnitType.SPECIAL_ZONE,
				province, start));
		unitManagement.create(Viewer.system(), new NewOrgUnit(code + "05", "Sở Nội vụ", OrgUnitType.DEPARTMENT, province,
				start));
		return new Viewer("test-cycle-officer-" + code, "Cán bộ Sở Nội vụ", Role.HOME_AFFAIRS_OFFICER, province,
				units.pathOf(province), null, false);
	}

	private long table(Viewer officer, int year, OrgUnitType... kinds) {
		long id = methodologies.create(officer, new Methodologies.NewMethodology(year, List.of(kinds),
				"Chỉ số CCHC năm " + year + " (kiểm thử)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30), "A:90; B:0",
				null));
		List<MethodologyTree.Line> noEvidence = ReformIndexIntegrationTests.lines("30").stream()
			.map(l -> new MethodologyTree.Line(l.row(), l.code(), l.parentCode(), l.name(), l.maxPoints(), l.scoring(),
					l.source(), "", l.guidance(), l.weightLow(), l.weightHigh()))
			.toList();
		assertThat(methodologies.setLines(officer, id, noEvidence)).isEmpty();
		return id;
	}

	private List<String> unitNames(Viewer officer, long methodology) {
		return assessments.ofMethodology(officer, methodology).stream().map(Assessments.Assessment::unitName).toList();
	}

	@Test
	void aProvincePublishesThreeTablesInTheYearItsNeighbourRunsItsOwn() {
		Viewer officer = provinceOfficer("T31");
		int year = LocalDate.now(clock).getYear() - 1;
		LocalDate deadline = LocalDate.now(clock).plusDays(14);
		long wards = table(officer, year, OrgUnitType.WARD);
		long communes = table(officer, year, OrgUnitType.SPECIAL_ZONE, OrgUnitType.COMMUNE);
		long departments = table(officer, year, OrgUnitType.DEPARTMENT);

		assertThat(cycles.open(officer, wards, deadline)).isEqualTo(1);
		assertThat(cycles.open(officer, communes, deadline)).isEqualTo(3);
		assertThat(cycles.open(officer, departments, deadline)).isEqualTo(1);
		assertThat(unitNames(officer, wards)).containsExactly("Phường Bến Cảng");
		assertThat(unitNames(officer, communes)).containsExactlyInAnyOrder("Xã An Hòa", "Xã Đông Sơn",
				"Đặc khu Hòn Ngọc");
		assertThat(unitNames(officer, departments)).containsExactly("Sở Nội vụ");
		assertThat(methodologies.find(communes).tableKey()).isEqualTo("COMMUNE,SPECIAL_ZONE");

		long secondCommunes = table(officer, year, OrgUnitType.COMMUNE);
		assertThatThrownBy(() -> cycles.open(officer, secondCommunes, deadline))
			.as("communes are already ranked in this province this year").hasMessage("reform.methodology.yearTaken");
		assertThat(methodologies.find(secondCommunes).draft()).as("nothing half-taken").isTrue();
		assertThat(jdbc.sql("select count(*) from reformindex.ranked_kind where methodology_id = :m")
			.param("m", secondCommunes).query(Long.class).single()).isZero();

		Viewer neighbour = provinceOfficer("T32");
		assertThat(cycles.open(neighbour, table(neighbour, year, OrgUnitType.WARD), deadline))
			.as("the neighbour's own wards, the same year and kind").isEqualTo(1);
		assertThatThrownBy(() -> cycles.open(neighbour, secondCommunes, deadline))
			.as("another province's table is not found").isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aCycleOpensFromTodayAndItsDeadlineOnlyMovesLater() {
		Viewer officer = provinceOfficer("T33");
		LocalDate today = LocalDate.now(clock);
		long id = table(officer, today.getYear() - 1, OrgUnitType.WARD, OrgUnitType.COMMUNE);
		assertThatThrownBy(() -> cycles.open(officer, id, today.minusDays(1)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("reform.assessment.deadlinePast");
				assertThat(ex.problems()).extracting(InvalidInputException.Problem::field).containsExactly("deadline");
			});
		assertThatThrownBy(() -> cycles.open(officer, id, null)).hasMessage("reform.assessment.deadline");
		assertThat(methodologies.find(id).draft()).isTrue();
		assertThat(cycles.open(officer, id, today)).isEqualTo(3);

		assertThatThrownBy(() -> cycles.extendDeadline(officer, id, today)).as("not later than the deadline")
			.hasMessage("reform.assessment.extendAfter");
		Assessments.Assessment ward = assessments.ofMethodology(officer, id).getFirst();
		java.util.Map<Long, Assessments.LineInput> lines = new java.util.LinkedHashMap<>();
		IndexResults.leaves(methodologies.items(id))
			.forEach(item -> lines.put(item.id(), new Assessments.LineInput(BigDecimal.ONE, null, List.of())));
		assessments.scoreAll(headOf(ward), ward.id(), lines);
		assessments.submit(headOf(ward), ward.id());
		assertThat(cycles.extendDeadline(officer, id, today.plusDays(10))).as("the two not yet submitted")
			.isEqualTo(2);
		assertThat(cycles.extendDeadline(officer, id, today.plusDays(20))).isEqualTo(2);
		for (Assessments.Assessment a : assessments.ofMethodology(officer, id)) {
			boolean submitted = a.id() == ward.id();
			assertThat(a.deadline()).isEqualTo(submitted ? today : today.plusDays(20));
			assertThat(a.firstDeadline()).as("the first deadline is kept").isEqualTo(submitted ? null : today);
		}
		assertThat(jdbc.sql("""
				select count(*) from platform.audit_entry where action = 'reform.assessment.extend'
				and entity_id = :m""").param("m", "" + id).query(Long.class).single()).isEqualTo(2);
	}

	private static Viewer headOf(Assessments.Assessment a) {
		return new Viewer("test-cycle-head-" + a.unitCode(), "Lãnh đạo " + a.unitName(), Role.UNIT_HEAD, a.unitId(),
				a.unitPath(), null, false);
	}
}
