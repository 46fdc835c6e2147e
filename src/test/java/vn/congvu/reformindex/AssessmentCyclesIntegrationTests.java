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

	@Autowired TableSteps steps;
	@Autowired Appraisals appraisals;
	@Autowired vn.congvu.staff.StaffQueries staff;

	private Viewer member(String code) {
		long hanoi = units.byCode("01", LocalDate.now(clock)).id();
		long id = staff.idOfCode(Viewer.system(), code, LocalDate.now(clock)).orElseThrow();
		return new Viewer("test-table-member-" + code, "Thành viên", Role.LEADER, hanoi, units.pathOf(hanoi), id, false);
	}

	private void submitAll(long methodology, List<Assessments.Assessment> units) {
		for (Assessments.Assessment unit : units) {
			java.util.Map<Long, Assessments.LineInput> lines = new java.util.LinkedHashMap<>();
			IndexResults.leaves(methodologies.items(methodology))
				.forEach(item -> lines.put(item.id(), new Assessments.LineInput(BigDecimal.ONE, null, List.of())));
			assessments.scoreAll(headOf(unit), unit.id(), lines);
			assessments.submit(headOf(unit), unit.id());
		}
	}

	/**
	 * Each council member votes on a whole table in one ballot, each unit its own choice; each unit is counted as
	 * its own ballot is; the officer makes final in one step every result that may be, naming those still waiting.
	 */
	@Test
	void aCouncilVotesOnAWholeTableAndTheOfficerMakesItFinal() {
		Viewer officer = provinceOfficer("T34");
		long id = table(officer, LocalDate.now(clock).getYear() - 1, OrgUnitType.WARD, OrgUnitType.SPECIAL_ZONE);
		Viewer cityWide = new Viewer("test-table-officer", "Cán bộ Sở Nội vụ", Role.HOME_AFFAIRS_OFFICER, null, "/", null,
				false); // the council is of the city's leaders, outside the province's scope
		methodologies.setCouncil(cityWide, id, List.of("HK00002", "HK00003", "HK00004"));
		cycles.open(officer, id, LocalDate.now(clock).plusDays(5));
		List<Assessments.Assessment> opened = assessments.ofMethodology(officer, id);
		assertThat(opened).hasSize(2);
		submitAll(id, opened);
		long ward = opened.stream().filter(a -> a.unitName().startsWith("Phường")).findFirst().orElseThrow().id();
		long zone = opened.stream().filter(a -> a.unitName().startsWith("Đặc khu")).findFirst().orElseThrow().id();

		Viewer first = member("HK00002");
		assertThat(steps.ballot(first, id)).extracting(TableSteps.BallotLine::assessmentId)
			.containsExactlyInAnyOrder(ward, zone);
		assertThat(steps.voteAll(first, id, java.util.Map.of(ward, true, zone, false))).isEqualTo(2);
		assertThat(steps.ballot(first, id)).as("voted: nothing left on the ballot").isEmpty();
		assertThatThrownBy(() -> steps.voteAll(first, id, java.util.Map.of(ward, true)))
			.hasMessage("reform.ballot.notOnBallot");
		steps.voteAll(member("HK00003"), id, java.util.Map.of(ward, true, zone, false));
		assertThatThrownBy(() -> steps.voteAll(member("HK00004"), id, java.util.Map.of(ward, true, 999_999L, true)))
			.as("all or nothing").hasMessage("reform.ballot.notOnBallot");
		assertThat(steps.ballot(member("HK00004"), id)).as("nothing half-cast").hasSize(2);
		steps.voteAll(member("HK00004"), id, java.util.Map.of(ward, true, zone, true));

		assertThat(assessments.view(officer, ward).assessment().status()).isEqualTo(AssessmentStatus.APPRAISED);
		assertThat(assessments.view(officer, zone).assessment().status()).as("1 of 3: the votes start again")
			.isEqualTo(AssessmentStatus.SUBMITTED);
		assertThat(steps.finalizeAll(officer, id)).satisfies(done -> {
			assertThat(done.finalized()).isZero();
			assertThat(done.waiting()).containsExactly("Phường Bến Cảng");
		});
		Assessments.Assessment wardAssessment = assessments.view(officer, ward).assessment();
		appraisals.respond(headOf(wardAssessment), ward, "Phường thống nhất với kết quả thẩm định của hội đồng.");
		assertThat(steps.finalizeAll(officer, id).finalized()).isEqualTo(1);
		assertThat(assessments.view(officer, ward).assessment().status()).isEqualTo(AssessmentStatus.FINAL);
	}

	private static Viewer headOf(Assessments.Assessment a) {
		return new Viewer("test-cycle-head-" + a.unitCode(), "Lãnh đạo " + a.unitName(), Role.UNIT_HEAD, a.unitId(),
				a.unitPath(), null, false);
	}
}
