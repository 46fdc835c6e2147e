package vn.congvu.feedback;

import vn.congvu.platform.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;

/** What officers get: scoped indices, the officer minimum, the xlsx export and the printable QR poster. */
class FeedbackOfficerIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired
	SatisfactionQueries satisfaction;

	@Autowired
	OrgUnitQueries units;

	@AfterEach
	void signOutAfterwards() {
		signOut();
	}

	@Test
	void aWardSeesOnlyItsOwnFiguresAndOfficersNeedTheMinimumNumberOfRatings() {
		long cuaNam = units.byCode("00082", REFORM).id();
		LocalDate from = REFORM;
		LocalDate to = LocalDate.now(clock);
		List<SatisfactionQueries.Row> cityWide = satisfaction.byUnit(Viewer.system(), from, to);
		assertThat(cityWide).extracting(SatisfactionQueries.Row::label).contains("Phường Cửa Nam", "Phường Hoàn Kiếm");
		List<SatisfactionQueries.Row> ward = satisfaction.byUnit(scoped(cuaNam), from, to);
		assertThat(ward).extracting(SatisfactionQueries.Row::label).containsExactly("Phường Cửa Nam");
		assertThat(satisfaction.overall(scoped(cuaNam), from, to).responses()).isPositive();
		assertThat(satisfaction.byOfficer(Viewer.system(), from, to)).allSatisfy(row -> assertThat(row.shown())
			.isEqualTo(row.index().responses() >= satisfaction.minimumForOfficer()));
		assertThat(satisfaction.byOfficer(Viewer.system(), from, to)).anySatisfy(row -> assertThat(row.shown()).isTrue());
	}

	@Test
	void theExportIsARealWorkbookWithOneSheetPerBreakdown() throws Exception {
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		HttpResponse<String> page = web.get("/feedback");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Chỉ số chung", "Phường Cửa Nam");
		var export = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/feedback/export"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(export.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Theo đơn vị");
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
		}
	}

	@Test
	void staffMembersDoNotSeeTheSatisfactionPages() {
		WebSession web = new WebSession(baseUrl());
		web.signIn(testAccounts.create(Role.STAFF, units.byCode("00082", REFORM).id()), TestAccounts.PASSWORD);
		assertThat(web.get("/feedback").statusCode()).isEqualTo(403);
		assertThat(web.get("/feedback/reports").statusCode()).isEqualTo(403);
	}

	@Test
	void thePosterIsAPdfWithExactVietnameseTextAndAnEmbeddedFont() throws Exception {
		var response = new WebSession(baseUrl()).send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(baseUrl() + "/public/service-points/P00082-1/poster.pdf")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getNumberOfPages()).as("the poster fits on one page").isEqualTo(1);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4 portrait").isCloseTo(595.3f,
					org.assertj.core.api.Assertions.within(1f));
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("PHƯỜNG CỬA NAM", "Bộ phận một cửa – quầy 1",
					"Ông/bà hài lòng với sự phục vụ của chúng tôi?", "/public/survey/P00082-1",
					"Phản ánh nhũng nhiễu, gây phiền hà");
			for (var name : pdf.getPage(0).getResources().getFontNames()) {
				PDFont font = pdf.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("Liberation");
			}
		}
	}
}
