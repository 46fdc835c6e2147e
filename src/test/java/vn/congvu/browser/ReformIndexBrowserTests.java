package vn.congvu.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.Assessments;
import vn.congvu.reformindex.Methodologies;
import vn.congvu.reformindex.MethodologyTree;
import vn.congvu.staff.StaffQueries;

/**
 * The PAR Index in the browser, for 2023: a ward head self-assesses on a desktop with evidence (points above the
 * maximum refused), the officer adjusts a line with its justification, a council member approves on the page, the
 * officer makes the result final and publishes, and the public API gives the ward's published figures.
 */
class ReformIndexBrowserTests extends BrowserTestSupport {

	@Autowired Methodologies methodologies;
	@Autowired vn.congvu.reformindex.AssessmentCycles cycles;
	@Autowired Assessments assessments;
	@Autowired vn.congvu.reformindex.Appraisals appraisals;
	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;

	@Test
	void aWardSelfAssessesTheCouncilAdjustsAndTheResultIsPublished() {
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		Viewer officer = new Viewer("test-par-officer", "Cán bộ Sở Nội vụ", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		long id = methodologies.create(officer, new Methodologies.NewMethodology(2023, List.of(OrgUnitType.WARD),
				"Chỉ số CCHC cấp phường năm 2023 (thử trên trình duyệt)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30),
				"A:90; B:80; C:0", null));
		assertThat(methodologies.setLines(officer, id, List.of(
				new MethodologyTree.Line(2, "1", "", "Chỉ đạo, điều hành", "40", "", "", "", "", "", ""),
				new MethodologyTree.Line(3, "1.1", "1", "Kế hoạch CCHC", "20", "", "", "Có", "", "", ""),
				new MethodologyTree.Line(4, "1.2", "1", "Báo cáo CCHC", "20", "", "", "", "", "", ""),
				new MethodologyTree.Line(5, "2", "", "Thủ tục hành chính", "30", "", "", "", "", "", ""),
				new MethodologyTree.Line(6, "2.1", "2", "Công khai thủ tục", "30", "", "", "", "", "", "")))).isEmpty();
		methodologies.setCouncil(officer, id, List.of("HK00002", "HK00003", "HK00004"));
		cycles.open(officer, id, LocalDate.now(clock).plusDays(7));
		Map<String, Long> items = new HashMap<>();
		methodologies.items(id).forEach(i -> items.put(i.code(), i.id()));
		List<Assessments.Assessment> wards = assessments.ofMethodology(officer, id);
		Assessments.Assessment hangBac = wards.stream().filter(a -> a.unitCode().equals("00061")).findFirst().orElseThrow();
		for (Assessments.Assessment ward : wards) {
			if (ward != hangBac) {
				Viewer head = new Viewer("test-head-" + ward.unitCode(), "Lãnh đạo", Role.UNIT_HEAD, ward.unitId(),
						ward.unitPath(), null, false);
				for (String code : List.of("1.1", "1.2", "2.1")) {
					assessments.score(head, ward.id(), items.get(code), BigDecimal.valueOf(15), null,
							code.equals("1.1") ? List.of(UploadedFile.of("kh.png", png())) : List.of());
				}
				assessments.submit(head, ward.id());
				vote(ward.id(), "HK00002");
				vote(ward.id(), "HK00003");
				vote(ward.id(), "HK00004");
				appraisals.respond(head, ward.id(), "Phường thống nhất với kết quả thẩm định.");
				appraisals.finalizeResult(officer, ward.id());
			}
		}

		signIn(testAccounts.create(Role.UNIT_HEAD, hangBac.unitId()));
		page.navigate(baseUrl() + "/reform-index/methodologies/" + id);
		page.locator("#assessments a").click();
		page.locator("#p-" + items.get("1.1")).fill("18");
		page.locator("#n-" + items.get("1.1")).fill("Kế hoạch số 05/KH-UBND");
		page.locator("#f-" + items.get("1.1")).setInputFiles(new FilePayload("ke-hoach.png", "image/png", png()));
		page.locator("#p-" + items.get("1.2")).fill("25");
		page.locator("#p-" + items.get("2.1")).fill("27,5");
		page.locator("#submit-button").click();
		assertThat(page.locator("#score-error")).containsText("1.2");
		assertThat(page.locator("#p-" + items.get("1.1"))).hasValue("18"); // shown again as typed
		assertThat(page.locator("[id=\"problem-files[" + items.get("1.1") + "]\"]")).isVisible(); // the file must be chosen again
		page.reload(); // the refused form is shown once: what the page shows now is what was stored
		assertThat(page.locator("#p-" + items.get("1.1"))).hasValue(""); // nothing half-written
		page.locator("#p-" + items.get("1.1")).fill("18");
		page.locator("#f-" + items.get("1.1")).setInputFiles(new FilePayload("ke-hoach.png", "image/png", png()));
		page.locator("#p-" + items.get("1.2")).fill("19");
		page.locator("#p-" + items.get("2.1")).fill("27,5");
		page.locator("#submit-button").click();
		assertThat(page.locator("#assessment-status")).hasText("Chờ thẩm định");
		assertThat(page.locator("#totals")).containsText("64,50");

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hanoi));
		page.navigate(baseUrl() + "/reform-index/assessments/" + hangBac.id());
		assertThat(page.locator("#appraisal-form")).containsText("ke-hoach.png");
		page.locator("#ap-" + items.get("1.1")).fill("16");
		page.locator("#j-" + items.get("1.1")).fill("Kế hoạch ban hành chậm so với hướng dẫn.");
		page.locator("#appraisal-form button[type=submit]").click();
		assertThat(page.locator("#final-total")).hasText("62,50");

		useViewport(1280, 900);
		long member = staff.idOfCode(Viewer.system(), "HK00002", LocalDate.now(clock)).orElseThrow();
		signIn(testAccounts.createFor(member, Role.LEADER, hanoi));
		page.navigate(baseUrl() + "/reform-index/assessments/" + hangBac.id());
		page.getByText("Tán thành kết quả thẩm định").click();
		assertThat(page.locator("#vote-participation")).containsText("1 trên"); // a secret ballot: no count yet
		assertThat(page.locator("#vote-count")).hasCount(0);
		vote(hangBac.id(), "HK00003");
		vote(hangBac.id(), "HK00004"); // counted once every member who may vote has voted
		appraisals.respond(new Viewer("test-head-hang-bac", "Lãnh đạo phường", Role.UNIT_HEAD, hangBac.unitId(),
				hangBac.unitPath(), null, false), hangBac.id(), "Phường thống nhất với kết quả thẩm định.");

		useViewport(1280, 900);
		signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, hanoi));
		page.navigate(baseUrl() + "/reform-index/assessments/" + hangBac.id());
		page.locator("#final-form button").click();
		assertThat(page.locator("#assessment-status")).hasText("Đã chốt");
		page.navigate(baseUrl() + "/reform-index/methodologies/" + id);
		page.locator("#u-accepted").fill("80");
		page.locator("#u-survey").fill("nhiều");
		page.locator("#uncertainty-form button").click();
		assertThat(page.locator("#uncertainty-error")).containsText("0 đến 50");
		assertThat(page.locator("#uncertainty-error")).containsText("nhiều");
		assertThat(page.locator("#u-accepted")).hasValue("80"); // shown again as typed
		page.locator("#u-accepted").fill("12,5");
		page.locator("#u-survey").fill("");
		page.locator("#uncertainty-form button").click();
		assertThat(page.locator("#uncertainty-form .alert.success")).isVisible();
		assertThat(page.locator("#u-accepted")).hasValue("12.5");
		page.locator("#publish-form button").click();
		assertThat(page.locator("#sha256")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
		assertThat(page.locator("#precision")).containsText("chưa làm tròn");
		assertThat(page.locator("#sensitivity tbody tr")).hasCount(4);
		assertThat(page.locator("#sensitivity")).containsText("Tiêu chí do con người chấm");
		assertThat(page.locator("#interval-chart")).isVisible();
		assertThat(page.locator("#ranking-chart")).isVisible();
		page.locator(".chart-pair").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "reform-index-two-charts.png")));
		page.locator("#sensitivity").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "reform-index-sensitivity.png")));
		// 62.5 of 70 appraisal points, no survey: 89.29 of 100
		assertThat(page.locator("#unit-00061")).containsText("89,29");
		String publication = page.url().replaceAll(".*/public/reform-index/(\\d+).*", "$1");
		APIResponse api = page.request().get(baseUrl() + "/api/v1/reform-index/publications/" + publication);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.text()).contains("\"code\":\"00061\"", "\"total\":89.29");
	}

	/** The demo's current-year form (32 lines, most with points, a note and a file field) saves in one post. */
	@Test
	void aLongSelfAssessmentFormSavesInOnePost() {
		long hoanKiem = units.byCode("00070", LocalDate.now(clock)).id();
		long methodology = methodologies.all().stream()
			.filter(m -> m.year() == LocalDate.now(clock).getYear() - 1 && m.unitTypes().equals(List.of(OrgUnitType.WARD))).findFirst()
			.orElseThrow().id();
		Assessments.Assessment ward = assessments.ofMethodology(vn.congvu.platform.Viewer.system(), methodology).stream()
			.filter(a -> a.unitId() == hoanKiem).findFirst().orElseThrow();
		useViewport(PHONE_WIDTH, PHONE_HEIGHT);
		signIn(testAccounts.create(Role.UNIT_HEAD, hoanKiem));
		page.navigate(baseUrl() + "/reform-index/assessments/" + ward.id());
		org.assertj.core.api.Assertions.assertThat(page.locator("#self-form input[type=file]").count()).isGreaterThan(15);
		page.locator("#self-form input[name^=\"points[\"]").first().fill("2,5");
		page.locator("#self-form input[name^=\"points[\"]").nth(1).fill("9");
		page.locator("#self-form button:not(.primary)").click();
		assertThat(page.locator("#score-error")).containsText("phải từ 0 đến");
		assertThat(page.locator("#self-form input[name^=\"points[\"]").first()).hasValue("2,5"); // shown again as typed
		page.reload(); // the refused form is shown once: what the page shows now is what was stored
		assertThat(page.locator("#self-form input[name^=\"points[\"]").first()).hasValue(""); // nothing half-written
		page.locator("#self-form input[name^=\"points[\"]").first().fill("2,5");
		page.locator("#self-form button:not(.primary)").click();
		assertThat(page.locator("#self-form input[name^=\"points[\"]").first()).hasValue("2.50");
		assertThat(page.locator("#totals")).containsText("2,50");
	}

	/** A member votes, unless they may not (a member of the assessed ward recuses). */
	private void vote(long assessment, String code) {
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		long member = staff.idOfCode(Viewer.system(), code, LocalDate.now(clock)).orElseThrow();
		Viewer viewer = new Viewer("test-member-" + code, "Thành viên", Role.LEADER, hanoi, units.pathOf(hanoi),
				member, false);
		if (assessments.view(viewer, assessment).mayVote()) {
			appraisals.vote(viewer, assessment, true);
		}
	}

	private static byte[] png() {
		try {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
