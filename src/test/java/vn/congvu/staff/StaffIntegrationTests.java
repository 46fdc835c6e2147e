package vn.congvu.staff;

import vn.congvu.platform.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.ImportProblem;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseNames;
import vn.congvu.shared.VietnameseText;

/** Staff on PostgreSQL: scopes, Vietnamese order and search, assignments across the reform, spreadsheet reading. */
class StaffIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	StaffQueries staff;

	@Autowired
	StaffSpreadsheet spreadsheet;

	@Autowired
	OrgUnitQueries units;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void aWardSeesOnlyItsOwnStaffAndAnotherWardsPersonIsNotFound() {
		long cuaNam = units.byCode("00082", REFORM).id();
		long hoanKiem = units.byCode("00070", REFORM).id();
		StaffPage cuaNamStaff = staff.page(scoped(cuaNam), StaffFilter.asOf(TODAY), 0, 500);
		assertThat(cuaNamStaff.total()).isPositive();
		assertThat(cuaNamStaff.rows()).allSatisfy(row -> assertThat(row.unitId()).isEqualTo(cuaNam));
		StaffRow someoneInHoanKiem = staff.page(scoped(hoanKiem), StaffFilter.asOf(TODAY), 0, 1).rows().get(0);
		assertThatThrownBy(() -> staff.find(scoped(cuaNam), someoneInHoanKiem.id(), TODAY))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(staff.find(Viewer.system(), someoneInHoanKiem.id(), TODAY).fullName()).isEqualTo(someoneInHoanKiem.fullName());
	}

	@Test
	void anotherWardsPersonAnswers404OverHttp() {
		long cuaNam = units.byCode("00082", REFORM).id();
		long hoanKiem = units.byCode("00070", REFORM).id();
		long outsider = staff.page(scoped(hoanKiem), StaffFilter.asOf(TODAY), 0, 1).rows().get(0).id();
		long insider = staff.page(scoped(cuaNam), StaffFilter.asOf(TODAY), 0, 1).rows().get(0).id();
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam), TestAccounts.PASSWORD);
		assertThat(web.get("/staff/" + insider).statusCode()).isEqualTo(200);
		var refused = web.get("/staff/" + outsider);
		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).contains("Không tìm thấy trang").doesNotContain("Exception");
		assertThat(web.get("/units/" + hoanKiem).statusCode()).isEqualTo(404);
		assertThat(web.get("/staff?q=" + outsider).body()).contains("0 người");
	}

	@Test
	void listsFollowVietnameseNameOrder() {
		List<StaffRow> rows = staff.page(Viewer.system(), StaffFilter.asOf(TODAY), 0, 200).rows();
		List<String> names = new ArrayList<>(rows.stream().map(StaffRow::fullName).toList());
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(VietnameseNames.ORDER);
		assertThat(names).hasSize(200).isEqualTo(sorted);
	}

	@Test
	void searchWithoutDiacriticsFindsNamesWithThem() {
		StaffPage found = staff.page(Viewer.system(), new StaffFilter(TODAY, "nguyen van", null), 0, 100);
		assertThat(found.total()).isPositive();
		assertThat(found.rows()).allSatisfy(row -> assertThat(row.fullName()).startsWith("Nguyễn Văn"));
		assertThat(found.rows()).allSatisfy(row -> assertThat(VietnameseText.fold(row.fullName())).contains("nguyen van"));
	}

	@Test
	void theReformEndedOldAssignmentsAndMovedPeopleToTheNewWards() {
		long hangBac = units.byCode("00061", REFORM.minusDays(1)).id();
		assertThat(staff.page(Viewer.system(), new StaffFilter(REFORM.minusDays(1), null, hangBac), 0, 50).total()).isEqualTo(14);
		assertThat(staff.page(Viewer.system(), new StaffFilter(REFORM, null, hangBac), 0, 50).total()).isZero();
		long district = units.byCode("002", REFORM.minusDays(1)).id();
		assertThat(staff.page(Viewer.system(), new StaffFilter(TODAY, null, district), 0, 50).total()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from staff.staff_member s where not exists (select 1 from staff.assignment a
				where a.staff_id = s.id and a.valid_from <= :d and (a.valid_to is null or a.valid_to > :d))""")
			.param("d", TODAY).query(Long.class).single()).as("everyone has a current assignment").isZero();
	}

	@Test
	void readingASpreadsheetReportsEveryProblemWithRowAndColumn() {
		byte[] file = StaffFixtures.workbook(List.of(
				StaffFixtures.validRow("T-READ-1", "Lê Thị Hoa"),
				List.of("", "Trần Văn Tú", "31/02/1990", "Nam", "Kỹ sư", "00082", "Chuyên viên", "", "01/08/2025", ""),
				List.of("T-READ-3", "Phạm Văn Kiên", "", "X", "Công chức", "99999", "Chuyên viên", "Sếp", "hôm nay", ""),
				StaffFixtures.validRow("T-READ-1", "Lặp Mã")));
		signInAs(Role.HOME_AFFAIRS_OFFICER, null);
		StaffSpreadsheet.ReadResult result = spreadsheet.read(Viewer.system(), new ByteArrayInputStream(file));
		assertThat(result.problems()).extracting(ImportProblem::row, p -> p.column().charAt(0), ImportProblem::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(3, 'A', "staff.import.required"),
					org.assertj.core.groups.Tuple.tuple(3, 'C', "staff.import.badDate"),
					org.assertj.core.groups.Tuple.tuple(3, 'E', "staff.import.badChoice"),
					org.assertj.core.groups.Tuple.tuple(4, 'D', "staff.import.badChoice"),
					org.assertj.core.groups.Tuple.tuple(4, 'H', "staff.import.badChoice"),
					org.assertj.core.groups.Tuple.tuple(4, 'I', "staff.import.badDate"),
					org.assertj.core.groups.Tuple.tuple(5, 'A', "staff.import.codeTaken"));
	}

	@Test
	void aUnitOutsideTheImportersScopeIsAProblem() {
		long hoanKiem = units.byCode("00070", REFORM).id();
		byte[] file = StaffFixtures.workbook(List.of(StaffFixtures.validRow("T-SCOPE-1", "Vũ Thị Lan")));
		StaffSpreadsheet.ReadResult result = spreadsheet.read(scoped(hoanKiem), new ByteArrayInputStream(file));
		assertThat(result.members()).isEmpty();
		assertThat(result.problems()).singleElement()
			.satisfies(p -> assertThat(p.messageKey()).isEqualTo("staff.import.unknownUnit"));
	}

	@Test
	void somethingThatIsNotASpreadsheetIsOneClearProblem() {
		StaffSpreadsheet.ReadResult result = spreadsheet
			.read(Viewer.system(), new ByteArrayInputStream("PK\u0003\u0004 not really a zip".getBytes()));
		assertThat(result.problems()).extracting(ImportProblem::messageKey).containsExactly("staff.import.notSpreadsheet");
	}

	@Test
	void anOversizedUploadIsRefusedWithAClearMessageAndStartsNoJob() {
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		long jobs = jdbc.sql("select count(*) from platform.job").query(Long.class).single();
		String page = web.get("/staff/import").body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(csrf.find()).isTrue();
		String boundary = "----congvu-test";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + 6 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		var response = web.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(baseUrl() + "/staff/import?_csrf=" + csrf.group(1)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/staff/import"));
		assertThat(web.get("/staff/import").body()).contains("Tệp quá lớn; tối đa 5 MB.");
		assertThat(jdbc.sql("select count(*) from platform.job").query(Long.class).single()).isEqualTo(jobs);
	}
}
