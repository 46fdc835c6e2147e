package vn.congvu.conduct.codes;

import vn.congvu.platform.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;

/** Dissemination of a code of conduct on PostgreSQL: who is concerned, confirmations, progress per unit. */
class CodesOfConductIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	CodesOfConduct codes;

	@Autowired
	OrgUnitQueries units;

	@Autowired
	StaffQueries staff;

	@Autowired
	JdbcClient jdbc;

	private long officialsCode() {
		return jdbc.sql("select id from conduct.code_of_conduct where code = 'QD522-2017'").query(Long.class).single();
	}

	@Test
	void progressCountsTheStaffOfAssignedUnitsAndTheirConfirmations() {
		long code = officialsCode();
		List<CodesOfConduct.UnitProgress> progress = codes.progress(Viewer.system(), code);
		assertThat(progress).extracting(CodesOfConduct.UnitProgress::unitName)
			.containsExactlyInAnyOrder("Phường Ba Đình", "Phường Cửa Nam", "Phường Hoàn Kiếm", "Phường Hồng Hà");
		long cuaNam = units.byCode("00082", REFORM).id();
		CodesOfConduct.UnitProgress ward = codes.progress(scoped(cuaNam), code).get(0);
		assertThat(ward.staff()).isEqualTo(staff.page(scoped(cuaNam), StaffFilter.asOf(LocalDate.now(clock)), 0, 1).total());
		assertThat(ward.confirmed()).isBetween(1L, ward.staff() - 1);
		assertThat(codes.pending(scoped(cuaNam), code)).hasSize((int) (ward.staff() - ward.confirmed()));
	}

	@Test
	void aConfirmationCountsOnceAndOnlyForStaffOfAnAssignedUnit() {
		long code = officialsCode();
		long hongHa = units.byCode("00097", REFORM).id();
		CodesOfConduct.Pending someone = codes.pending(scoped(hongHa), code).get(0);
		long before = codes.progress(scoped(hongHa), code).get(0).confirmed();
		codes.acknowledge(asStaff(someone.staffId()), code);
		codes.acknowledge(asStaff(someone.staffId()), code);
		assertThat(codes.progress(scoped(hongHa), code).get(0).confirmed()).isEqualTo(before + 1);
		assertThat(codes.acknowledgedAt(code, someone.staffId())).isPresent();
		long publicCode = jdbc.sql("select id from conduct.code_of_conduct where code = 'QD1665-2017'")
			.query(Long.class).single();
		assertThatThrownBy(() -> codes.acknowledge(asStaff(someone.staffId()), publicCode))
			.isInstanceOf(InvalidInputException.class).hasMessage("code.notAssignedToYou");
	}
}
