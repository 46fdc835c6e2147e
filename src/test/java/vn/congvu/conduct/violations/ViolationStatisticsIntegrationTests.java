package vn.congvu.conduct.violations;

import vn.congvu.conduct.codes.CodesOfConduct;

import vn.congvu.platform.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.shared.RecordNotFoundException;

/** The violations dashboard counts, drills down, pages and exports within the user's scope. */
class ViolationStatisticsIntegrationTests extends IntegrationTestSupport {

	static final LocalDate AUGUST = LocalDate.of(2025, 8, 1);

	@Autowired ViolationStatistics statistics;
	@Autowired Violations violations;
	@Autowired CodesOfConduct codes;
	@Autowired OrgUnitQueries units;
	@Autowired JdbcClient jdbc;

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void countsByUnitSeverityArticleAndMonthLeaveDismissedOnesOutAndCountAgainstTheHead() throws Exception {
		long cuaNam = units.byCode("00082", AUGUST).id();
		long hoanKiem = units.byCode("00070", AUGUST).id();
		long article = codes.staffArticles(LocalDate.now(clock)).get(3).id();
		String officer = testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null);
		signInAs(officer, Role.HOME_AFFAIRS_OFFICER, null);
		long a = record(cuaNam, article, ViolationSeverity.MINOR, AUGUST.plusDays(2));
		long b = record(cuaNam, article, ViolationSeverity.MINOR, AUGUST.plusDays(20));
		record(cuaNam, null, ViolationSeverity.SERIOUS, AUGUST.plusDays(35));
		record(hoanKiem, null, ViolationSeverity.MINOR, AUGUST.plusDays(5));
		long dismissed = record(cuaNam, article, ViolationSeverity.MINOR, AUGUST.plusDays(6));
		violations.dismiss(viewer(), dismissed, "Không đúng", true);
		for (long id : new long[] { a, b }) {
			violations.askExplanation(viewer(), id, LocalDate.now(clock));
			violations.confirm(viewer(), id);
		}
		ViolationFilter twoMonths = new ViolationFilter(AUGUST, AUGUST.plusMonths(2).minusDays(1), null, null, null, null);
		assertThat(statistics.summary(viewer(), twoMonths).total()).isEqualTo(4);
		Map<String, Long> byUnit = statistics.summary(viewer(), twoMonths).byUnit().stream()
			.collect(Collectors.toMap(ViolationStatistics.Count::label, ViolationStatistics.Count::count));
		assertThat(byUnit).containsEntry("Phường Cửa Nam", 3L).containsEntry("Phường Hoàn Kiếm", 1L);
		assertThat(statistics.summary(viewer(), twoMonths).byMonth()).extracting(ViolationStatistics.Count::label,
				ViolationStatistics.Count::count).containsExactly(
						org.assertj.core.groups.Tuple.tuple("08/2025", 3L), org.assertj.core.groups.Tuple.tuple("09/2025", 1L));
		assertThat(statistics.summary(viewer(), twoMonths).bySeverity()).extracting(ViolationStatistics.Count::key)
			.containsExactly("MINOR", "SERIOUS");
		assertThat(statistics.summary(viewer(), twoMonths).byArticle()).anySatisfy(c -> {
			assertThat(c.key()).isEqualTo(String.valueOf(article));
			assertThat(c.count()).isEqualTo(2);
		});
		ViolationFilter drill = new ViolationFilter(AUGUST, AUGUST.plusMonths(2).minusDays(1), cuaNam, null, article,
				null);
		assertThat(statistics.page(viewer(), drill, 0).rows()).extracting(Violations.ViolationView::id).containsExactly(b, a);
		assertThat(statistics.page(viewer(), new ViolationFilter(AUGUST, AUGUST.plusMonths(2), null, null, null,
				ViolationStatus.DISMISSED), 0).rows()).extracting(Violations.ViolationView::id).containsExactly(dismissed);
		record Head(long staffId, String fullName) {
		}
		Head head = jdbc.sql("""
				select a.staff_id, s.full_name from staff.assignment a join staff.staff_member s on s.id = a.staff_id
				where a.unit_id = :u and a.leadership = 'HEAD' and a.valid_to is null""").param("u", cuaNam)
			.query(Head.class).single();
		assertThat(statistics.againstHead(viewer(), head.staffId(), twoMonths)).isEqualTo(2); // the two confirmed ones
		assertThat(statistics.summary(viewer(), twoMonths).byUnit()).filteredOn(c -> c.label().equals("Phường Cửa Nam"))
			.singleElement().extracting(ViolationStatistics.Count::head).isEqualTo(head.fullName());

		signInAs(Role.HOME_AFFAIRS_OFFICER, cuaNam);
		assertThat(statistics.page(viewer(), new ViolationFilter(AUGUST, AUGUST.plusMonths(2), hoanKiem, null, null, null), 0)
			.total()).isZero();
		assertThat(statistics.summary(viewer(), twoMonths).byUnit()).extracting(ViolationStatistics.Count::label)
			.containsOnly("Phường Cửa Nam");
		signInAs(Role.UNIT_HEAD, cuaNam);
		assertThatThrownBy(() -> statistics.summary(viewer(), twoMonths).byUnit()).isInstanceOf(RecordNotFoundException.class);

		WebSession web = new WebSession(baseUrl());
		web.signIn(officer, TestAccounts.PASSWORD);
		assertThat(web.get("/conduct/dashboard?from=01/08/2025&to=30/09/2025").body())
			.contains("Phường Cửa Nam", "08/2025", "Ít nghiêm trọng");
		HttpResponse<byte[]> export = web.send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/conduct/dashboard.xlsx?from=01/08/2025&to=30/09/2025&unitId=" + cuaNam)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phường Cửa Nam");
			org.apache.poi.ss.usermodel.Cell date = workbook.getSheetAt(0).getRow(1).getCell(0);
			assertThat(date.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC); // a typed date
			assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isBetween(LocalDate.of(2025, 8, 1),
					LocalDate.of(2025, 9, 30));
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("Ghi nhận trực tiếp");
		}
		assertThat(web.get("/conduct/dashboard?from=01/10/2025&to=01/08/2025").body())
			.contains("“Từ ngày” phải trước “Đến ngày”.");
		WebSession head2 = new WebSession(baseUrl());
		head2.signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam), TestAccounts.PASSWORD);
		assertThat(head2.get("/conduct/dashboard").statusCode()).isEqualTo(404);
	}

	private long record(long unit, Long article, ViolationSeverity severity, LocalDate on) {
		return violations.record(viewer(), new NewViolation(unit, null, article, severity, "Thống kê " + on, "MANUAL", null, on));
	}
}
