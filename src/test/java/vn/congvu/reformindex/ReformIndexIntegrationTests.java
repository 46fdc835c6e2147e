package vn.congvu.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.staff.StaffQueries;

/**
 * The PAR Index cycle on real PostgreSQL, for the 18 former wards and the year 2024: a methodology refused with its
 * problems then imported from its own workbook, self-assessment with evidence and its lock, appraisal with a
 * justification, the council's majority, the one response, final results, publication, and a snapshot that
 * recomputes to the same figures (and a tampered one that does not); the public API answers.
 */
class ReformIndexIntegrationTests extends IntegrationTestSupport {

	static final int YEAR = 2024;

	@Autowired Methodologies methodologies;
	@Autowired vn.congvu.reformindex.AssessmentCycles cycles;
	@Autowired Assessments assessments;
	@Autowired Appraisals appraisals;
	@Autowired IndexPublications publications;
	@Autowired IndexPublishing publishing;
	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;
	@Autowired JdbcClient jdbc;
	@Autowired OneStopStatistics oneStop;
	@Autowired org.springframework.context.ApplicationEventPublisher events;
	@Autowired SurveyScores surveys;

	/** 1 (40) = 1.1 (20, evidence) + 1.2 (20); 2 (30) = 2.1 (30); 3 (0) = 3.1 bonus (2); survey 30. */
	static List<MethodologyTree.Line> lines(String twoOne) {
		return List.of(new MethodologyTree.Line(2, "1", "", "Chỉ đạo, điều hành", "40", "", "", "", "", "80", "120"),
				new MethodologyTree.Line(3, "1.1", "1", "Kế hoạch CCHC", "20", "Chấm điểm", "", "Có", "", "", ""),
				new MethodologyTree.Line(4, "1.2", "1", "Báo cáo CCHC", "20", "", "", "", "", "", ""),
				new MethodologyTree.Line(5, "2", "", "Thủ tục hành chính", "30", "", "", "", "", "", ""),
				new MethodologyTree.Line(6, "2.1", "2", "Công khai thủ tục", twoOne, "", "", "", "", "", ""),
				new MethodologyTree.Line(7, "3", "", "Điểm thưởng", "0", "", "", "", "", "", ""),
				new MethodologyTree.Line(8, "3.1", "3", "Sáng kiến", "2", "Điểm thưởng", "", "", "", "", ""));
	}

	private Viewer officer() {
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		return new Viewer("test-par-officer", "Cán bộ Sở Nội vụ", Role.HOME_AFFAIRS_OFFICER, hanoi, units.pathOf(hanoi),
				null, false);
	}

	private static Viewer head(Assessments.Assessment a) {
		return new Viewer("test-par-head-" + a.unitCode(), "Lãnh đạo " + a.unitName(), Role.UNIT_HEAD, a.unitId(),
				a.unitPath(), null, false);
	}

	@Autowired AppraisalBallot ballot;

	/** A year's change is against the same table's latest earlier publication, read from its frozen results. */
	@Test
	void theDemos2018ChangeIsAgainstThe2017Publication() {
		IndexPublications.Publication of2017 = publications.publications().stream().filter(p -> p.year() == 2017)
			.findFirst().orElseThrow();
		IndexPublications.Publication of2018 = publications.publications().stream().filter(p -> p.year() == 2018)
			.findFirst().orElseThrow();
		java.util.Map<Long, java.math.BigDecimal> before = new java.util.HashMap<>();
		publications.published(of2017.id()).results().forEach(r -> before.put(r.unitId(), r.percent()));
		List<IndexResults.UnitResult> after = publications.published(of2018.id()).results();
		assertThat(after).isNotEmpty().allSatisfy(r -> assertThat(r.change()).as(r.name())
			.isEqualByComparingTo(r.percent().subtract(before.get(r.unitId()))));
	}

	/**
	 * The demo's current-year methodology cites Hà Nội's Decision 5666/QĐ-UBND (2025), so it has its structure: eight
	 * contents in the decision's order and a ninth for bonus and penalty.
	 */
	@Test
	void theDemoMethodologyCitingDecision5666HasItsEightContentsAndBonusAndPenalty() {
		Methodology current = methodologies.all().stream()
			.filter(m -> m.year() == java.time.LocalDate.now(clock).getYear() - 1 && m.legalBasis().contains("5666"))
			.findFirst().orElseThrow();
		List<Item> items = methodologies.items(current.id());
		assertThat(items.stream().filter(i -> i.level() == 1).map(Item::name).toList()).hasSize(9)
			.satisfiesExactly(n -> assertThat(n).contains("chỉ đạo, điều hành"), n -> assertThat(n).contains("thể chế"),
					n -> assertThat(n).contains("thủ tục hành chính"), n -> assertThat(n).contains("tổ chức bộ máy"),
					n -> assertThat(n).contains("chế độ công vụ"), n -> assertThat(n).contains("tài chính công"),
					n -> assertThat(n).contains("chính quyền điện tử"), n -> assertThat(n).contains("Tác động"),
					n -> assertThat(n).contains("Điểm thưởng, điểm trừ"));
		assertThat(items.stream().filter(i -> "9".equals(i.parentCode())).map(Item::scoring).toList())
			.containsExactly(Item.Scoring.BONUS, Item.Scoring.PENALTY);
	}

	@Test
	void aCouncilMemberOfTheAssessedUnitDoesNotVoteOnIt() {
		LocalDate today = LocalDate.now(clock);
		long cuaNam = units.byCode("00082", today).id();
		long ofCuaNam = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_from <= :d
				  and (valid_to is null or valid_to > :d) order by staff_id limit 1""").param("u", cuaNam).param("d", today)
			.query(Long.class).single();
		long outsider = staff.idOfCode(Viewer.system(), "HK00002", today).orElseThrow();
		assertThat(ballot.eligible(List.of(ofCuaNam, outsider), cuaNam, today)).containsExactly(outsider);
		assertThat(ballot.eligible(List.of(ofCuaNam, outsider), cuaNam, today.minusYears(30)))
			.as("assigned from a later day: not yet of the unit").containsExactly(ofCuaNam, outsider);
	}

	/** Every member who may vote approves; the ward accepts in its response; the officer makes the result final. */
	private void councilAccepts(Viewer officer, Assessments.Assessment ward) {
		for (String code : List.of("HK00002", "HK00003", "HK00004")) {
			if (assessments.view(member(code), ward.id()).mayVote()) {
				appraisals.vote(member(code), ward.id(), true);
			}
		}
		appraisals.respond(head(ward), ward.id(), "Phường thống nhất với kết quả thẩm định của hội đồng.");
		appraisals.finalizeResult(officer, ward.id());
	}

	private Viewer member(String code) {
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		long id = staff.idOfCode(Viewer.system(), code, LocalDate.now(clock)).orElseThrow();
		return new Viewer("test-par-member-" + code, "Thành viên", Role.LEADER, hanoi, units.pathOf(hanoi), id, false);
	}

	@Test
	void theWholeCycleEndsInAPublicationThatRecomputesExactly() throws Exception {
		Viewer officer = officer();
		long id = methodologies.create(officer, new Methodologies.NewMethodology(YEAR, List.of(OrgUnitType.WARD),
				"Chỉ số CCHC cấp phường năm 2024 (kiểm thử)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30),
				"A:90; B:80; C:0", null));
		List<MethodologyTree.Problem> problems = methodologies.setLines(officer, id, lines("25"));
		assertThat(problems).extracting(MethodologyTree.Problem::key)
			.containsExactly("reform.import.totalNot100", "reform.import.sumMismatch");
		assertThat(methodologies.items(id)).as("nothing imported").isEmpty();
		assertThat(methodologies.setLines(officer, id, lines("30"))).isEmpty();
		// the exported workbook imports again unchanged
		long copy = methodologies.create(officer, new Methodologies.NewMethodology(YEAR, List.of(OrgUnitType.WARD), "Bản sao",
				"Kế hoạch kiểm thử", BigDecimal.valueOf(30), "", null));
		assertThat(methodologies.importWorkbook(officer, copy, new ByteArrayInputStream(methodologies.exportWorkbook(id))))
			.isEmpty();
		assertThat(methodologies.items(copy)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
			.isEqualTo(methodologies.items(id));
		assertThatThrownBy(() -> methodologies.importWorkbook(officer, copy, new ByteArrayInputStream("không phải xlsx".getBytes())))
			.hasMessageContaining("reform.import.notAWorkbook");

		methodologies.setCouncil(officer, id, List.of("HK00002", "HK00003", "HK00004"));
		assertThat(cycles.open(officer, id, LocalDate.now(clock))).isEqualTo(18);
		assertThatThrownBy(() -> methodologies.setLines(officer, id, lines("30"))).hasMessageContaining("notDraft");
		assertThatThrownBy(() -> cycles.open(officer, copy, LocalDate.now(clock)))
			.hasMessageContaining("reform.methodology.yearTaken");

		List<Assessments.Assessment> wards = assessments.ofMethodology(officer, id);
		Assessments.Assessment first = wards.get(0);
		Assessments.Assessment second = wards.get(1);
		Map<String, Long> items = new java.util.HashMap<>();
		methodologies.items(id).forEach(i -> items.put(i.code(), i.id()));
		assertThatThrownBy(() -> assessments.view(head(second), first.id())).as("another ward's assessment")
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> assessments.score(head(first), first.id(), items.get("1.2"), new BigDecimal("20.5"),
				null, List.of())).hasMessageContaining("reform.score.outOfRange");
		assertThatThrownBy(() -> assessments.score(head(first), first.id(), items.get("1"), BigDecimal.ONE, null,
				List.of())).as("a content is not scored").isInstanceOf(RecordNotFoundException.class);
		// all lines or none
		Map<Long, Assessments.LineInput> batch = new java.util.LinkedHashMap<>();
		batch.put(items.get("1.2"), new Assessments.LineInput(new BigDecimal("18"), null, List.of()));
		batch.put(items.get("2.1"), new Assessments.LineInput(new BigDecimal("31"), null, List.of()));
		assertThatThrownBy(() -> assessments.scoreAll(head(first), first.id(), batch))
			.hasMessageContaining("reform.score.outOfRange");
		assertThat(assessments.view(officer, first.id()).lines().get(items.get("1.2")).selfPoints())
			.as("nothing half-written").isNull();

		selfAssess(first, items, "18", false);
		assertThatThrownBy(() -> assessments.submit(head(first), first.id()))
			.hasMessageContaining("reform.assessment.evidenceMissing");
		assessments.score(head(first), first.id(), items.get("1.1"), new BigDecimal("18"), "Kế hoạch số 12/KH",
				List.of(evidence()));
		assessments.submit(head(first), first.id());
		assertThatThrownBy(() -> assessments.score(head(first), first.id(), items.get("1.2"), BigDecimal.TEN, null,
				List.of())).hasMessageContaining("reform.assessment.locked");
		assertThatThrownBy(() -> appraisals.appraise(officer, first.id(), items.get("1.1"), new BigDecimal("15"),
				"ngắn")).hasMessageContaining("reform.appraisal.justification");
		appraisals.appraise(officer, first.id(), items.get("1.1"), new BigDecimal("15"),
				"Kế hoạch ban hành chậm hai tuần so với quy định.");
		assertThatThrownBy(() -> appraisals.vote(member("HK00002"), second.id(), true))
			.as("not submitted yet: a leader may read it, nobody votes").isInstanceOf(NotPermittedException.class);
		appraisals.vote(member("HK00002"), first.id(), true);
		assertThatThrownBy(() -> appraisals.vote(member("HK00002"), first.id(), false))
			.hasMessageContaining("reform.vote.twice");
		assertThat(assessments.view(officer, first.id()).assessment().status()).as("1 of 3 is not a majority")
			.isEqualTo(AssessmentStatus.SUBMITTED);
		// a secret ballot: while it is open nobody sees a count, and nothing stored joins a member to a choice
		Assessments.View open = assessments.view(officer, first.id());
		assertThat(open.approvals()).isNull();
		assertThat(open.rejections()).isNull();
		assertThat(open.participants()).isEqualTo(1);
		assertThat(assessments.view(member("HK00002"), first.id()).voted()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from information_schema.columns where table_schema = 'reformindex'
				  and table_name like 'appraisal%' and column_name in ('approve', 'voted_at', 'cast_at')""")
			.query(Long.class).single()).as("no choice beside a member, no time of a vote").isZero();
		assertThat(jdbc.sql("""
				select after_state from platform.audit_entry where action = 'reform.appraisal.vote'
				  and entity_id = :a""").param("a", String.valueOf(first.id())).query(String.class).list())
			.isNotEmpty().allSatisfy(after -> assertThat(String.valueOf(after)).doesNotContain("approve")
				.doesNotContain("true").doesNotContain("false"));
		appraisals.vote(member("HK00003"), first.id(), true);
		assertThat(assessments.view(officer, first.id()).assessment().status())
			.as("2 of 3: a majority, but counted only when every member who may vote has voted (else the change of "
					+ "status would tell the last vote)").isEqualTo(AssessmentStatus.SUBMITTED);
		assertThat(assessments.view(officer, first.id()).approvals()).isNull();
		appraisals.vote(member("HK00004"), first.id(), true);
		assertThat(assessments.view(officer, first.id()).assessment().status()).isEqualTo(AssessmentStatus.APPRAISED);
		assertThat(assessments.view(officer, first.id()).approvals()).isEqualTo(3);
		assertThatThrownBy(() -> appraisals.finalizeResult(head(first), first.id()))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> appraisals.finalizeResult(officer, first.id()))
			.as("final only after the unit responded or its time to respond passed")
			.hasMessageContaining("reform.final.awaitingResponse");
		appraisals.respond(head(first), first.id(), "Phường xin giải trình: kế hoạch chậm do chờ hướng dẫn của Thành phố.");
		assertThatThrownBy(() -> appraisals.respond(head(first), first.id(), "Giải trình lần thứ hai của phường"))
			.hasMessageContaining("reform.response.notNow");
		appraisals.finalizeResult(officer, first.id());

		for (Assessments.Assessment ward : wards.subList(1, wards.size())) {
			selfAssess(ward, items, String.valueOf(10 + wards.indexOf(ward) % 10), true);
			assessments.submit(head(ward), ward.id());
			if (ward != wards.get(wards.size() - 1)) {
				councilAccepts(officer, ward);
			}
		}
		Assessments.Assessment last = wards.get(wards.size() - 1);
		assertThatThrownBy(() -> surveys.importSurvey(officer, id, List.of(
				new SurveyScores.SurveyRow(2, last.unitCode(), "25", "0"),
				new SurveyScores.SurveyRow(3, last.unitCode(), "25", "12,5")), "Điều tra 2024"))
			.as("a number of answers must be a positive whole number").isInstanceOf(ImportProblems.class)
			.satisfies(ex -> assertThat(((ImportProblems) ex).rowProblems())
				.extracting(p -> p.row() + p.column() + " " + p.key())
				.containsExactly("2C reform.survey.badAnswers", "3C reform.survey.badAnswers"));
		surveys.importSurvey(officer, id, List.of(new SurveyScores.SurveyRow(2, last.unitCode(), "25", "240")),
				"Điều tra 2024");
		assertThat(publications.inputs(id).units()).filteredOn(u -> u.unitId() == last.unitId()).singleElement()
			.satisfies(u -> assertThat(u.surveyAnswers()).as("the answers behind the points, for their sampling error")
				.isEqualTo(240));
		assertThatThrownBy(() -> publishing.publish(officer, id)).hasMessageContaining("reform.publication.notFinal")
			.satisfies(ex -> assertThat(((vn.congvu.shared.InvalidInputException) ex).arguments())
				.containsExactly(last.unitName()));
		councilAccepts(officer, last);
		assertThatThrownBy(() -> surveys.importSurvey(officer, id, List.of(new SurveyScores.SurveyRow(2,
				first.unitCode(), "31")), "Điều tra 2024")).isInstanceOf(ImportProblems.class)
			.satisfies(ex -> assertThat(((ImportProblems) ex).rowProblems()).extracting(MethodologyTree.Problem::key)
				.containsExactly("reform.survey.final", "reform.survey.outOfRange")); // 31 is over the survey's 30 too
		assertThatThrownBy(() -> surveys.importSurvey(officer, id, List.of(
				new SurveyScores.SurveyRow(2, "KHONG-CO", "abc"), new SurveyScores.SurveyRow(3, first.unitCode(), "99")),
				"Điều tra 2024")).as("every problem of every row at once, at its row and column")
			.satisfies(ex -> assertThat(((ImportProblems) ex).rowProblems())
				.extracting(p -> p.row() + p.column() + " " + p.key()).containsExactly("2A reform.survey.unknownUnit",
						"2B reform.survey.outOfRange", "3A reform.survey.final", "3B reform.survey.outOfRange"));

		long publication = publishing.publish(officer, id);
		IndexPublications.Publication published = publications.publication(publication);
		String text = publications.snapshotText(publication);
		assertThat(UploadedFile.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(published.sha256());
		assertThat(IndexPublications.reproduces(text, published.sha256())).as("recomputed exactly").isTrue();
		IndexPublications.Snapshot frozen = IndexPublications.parse(text);
		assertThat(frozen.format()).isEqualTo("congvu-par-index/2");
		assertThat(frozen.sensitivity()).as("the sensitivity summary is frozen with the figures").isNotNull();
		String otherWidth = text.replaceFirst("\"medianWidth\":([0-9.]+)", "\"medianWidth\":99.5");
		assertThat(otherWidth).isNotEqualTo(text);
		assertThat(IndexPublications.reproduces(otherWidth, UploadedFile.sha256(otherWidth.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.as("a changed sensitivity summary does not reproduce").isFalse();
		String tampered = text.replaceFirst("\"1.2\":\"?18(\\.00)?\"?", "\"1.2\":19.00");
		assertThat(tampered).isNotEqualTo(text);
		assertThat(IndexPublications.reproduces(tampered, UploadedFile.sha256(tampered.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.as("a changed input no longer gives the published figures").isFalse();
		assertThatThrownBy(() -> publishing.publish(officer, id)).hasMessageContaining("reform.publication.already");

		IndexResults.UnitResult firstResult = publications.published(publication).results().stream()
			.filter(r -> r.unitId() == first.unitId()).findFirst().orElseThrow();
		// 15 (appraised) + 18 + 18 (2.1) + bonus 0, no survey: 51 of 70 → 72.86 of 100
		assertThat(firstResult.appraisal()).isEqualByComparingTo("51");
		assertThat(firstResult.total()).isEqualByComparingTo("72.86");
		assertThat(firstResult.converted()).isTrue();

		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(publications.resultsDocument(publication))) {
			String document = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			// the 2024 wards' district ended on 01/07/2025: published today, the result is issued by the city
			assertThat(document).contains("THÔNG BÁO", "Kết quả Chỉ số cải cách hành chính năm 2024",
					"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "/TB-UBND", first.unitName(), "72,86", published.sha256(),
					"10.000 lần mô phỏng");
			assertThat(document).doesNotContain("QUẬN HOÀN KIẾM");
		}

		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reform-index/publications"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("\"sha256\":\"" + published.sha256() + "\"");
		HttpResponse<String> one = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reform-index/publications/"
				+ publication)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("\"medianRank\":", "\"rankLow\":", "\"rankHigh\":", "\"percent\":72.86",
				"\"code\":\"" + first.unitCode() + "\"");
		HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/api/v1/reform-index/publications/999999")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
	}

	@Test
	void oneStopFiguresAreImportedWholeOrNotAtAllAndFeedAComputedLine() {
		Viewer officer = officer();
		String hangBac = "00061";
		List<OneStopStatistics.Line> bad = List.of(
				new OneStopStatistics.Line(2, hangBac, "13/2022", "100", "90", "10", "10"),
				new OneStopStatistics.Line(3, hangBac, "02/2022", "100", "95", "10", "0"),
				new OneStopStatistics.Line(4, "99999", "03/2022", "100", "95", "5", "0"),
				new OneStopStatistics.Line(5, hangBac, "04/2022", "100", "95", "5", "6"),
				new OneStopStatistics.Line(6, hangBac, "05/2022", "một trăm", "95", "5", "0"),
				new OneStopStatistics.Line(7, hangBac, "06/2022", "100", "95", "5", "0"),
				new OneStopStatistics.Line(8, hangBac, "6/2022", "100", "95", "5", "0"));
		assertThat(oneStop.importLines(officer, bad)).extracting(MethodologyTree.Problem::row, MethodologyTree.Problem::column,
				MethodologyTree.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "B", "reform.onestop.badMonth"),
					org.assertj.core.groups.Tuple.tuple(3, "D", "reform.onestop.moreThanReceived"),
					org.assertj.core.groups.Tuple.tuple(4, "A", "reform.onestop.unknownUnit"),
					org.assertj.core.groups.Tuple.tuple(5, "F", "reform.onestop.moreApologiesThanLate"),
					org.assertj.core.groups.Tuple.tuple(6, "C", "reform.onestop.badCount"),
					org.assertj.core.groups.Tuple.tuple(8, "B", "reform.onestop.duplicate"));
		assertThat(oneStop.ofYear(officer, 2022)).as("nothing written").isEmpty();
		Viewer clerk = new Viewer("mot-cong-chuc", "Một công chức", vn.congvu.platform.Role.STAFF, officer.scopeUnitId(),
				officer.scopePath(), null, false);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> oneStop.ofYear(clerk, 2022))
			.as("the figures are read only by those who manage the PAR Index, whatever page asks")
			.isInstanceOf(vn.congvu.shared.NotPermittedException.class);
		List<OneStopStatistics.Line> good = new java.util.ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			good.add(new OneStopStatistics.Line(month + 1, hangBac, month + "/2022", "100", month <= 6 ? "90" : "100",
					month <= 6 ? "10" : "0", month <= 6 ? "10" : "0"));
		}
		assertThat(oneStop.importLines(officer, good)).isEmpty();
		assertThat(oneStop.ofYear(officer, 2022)).singleElement().satisfies(t -> {
			assertThat(t.received()).isEqualTo(1200);
			assertThat(t.onTime()).isEqualTo(1140);
			assertThat(t.apologies()).isEqualTo(60);
		});

		long id = methodologies.create(officer, new Methodologies.NewMethodology(2022, List.of(OrgUnitType.WARD),
				"Chỉ số CCHC cấp phường năm 2022 (kiểm thử)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30), "", null));
		assertThat(methodologies.setLines(officer, id, List.of(
				new MethodologyTree.Line(2, "1", "", "Một cửa", "70", "", "", "", "", "", ""),
				new MethodologyTree.Line(3, "1.1", "1", "Hồ sơ đúng hạn", "20", "Tính từ dữ liệu", "Hồ sơ một cửa đúng hạn", "", "", "", ""),
				new MethodologyTree.Line(4, "1.2", "1", "Niêm yết", "50", "", "", "", "", "", "")))).isEmpty();
		cycles.open(officer, id, LocalDate.now(clock));
		Assessments.Assessment ward = assessments.ofMethodology(officer, id).stream()
			.filter(a -> a.unitCode().equals(hangBac)).findFirst().orElseThrow();
		Map<String, Long> items = new java.util.HashMap<>();
		methodologies.items(id).forEach(i -> items.put(i.code(), i.id()));
		assertThatThrownBy(() -> assessments.score(head(ward), ward.id(), items.get("1.1"), BigDecimal.TEN, null, List.of()))
			.hasMessageContaining("reform.score.computed");
		assessments.score(head(ward), ward.id(), items.get("1.2"), BigDecimal.valueOf(45), null, List.of());
		assessments.submit(head(ward), ward.id());
		Assessments.Line computed = assessments.view(officer, ward.id()).lines().get(items.get("1.1"));
		assertThat(computed.selfPoints()).as("1140 of 1200 on time × 20 points").isEqualByComparingTo("19.00");
		assertThat(computed.selfNote()).contains("1140/1200");
	}

	@Test
	void correctiveActionsDoneByTheirDueDayFeedAComputedLine() {
		Viewer officer = officer();
		long hangBac = units.byCode("00061", LocalDate.of(2021, 6, 1)).id();
		LocalDate due = LocalDate.of(2021, 5, 31);
		for (int i = 1; i <= 4; i++) {
			events.publishEvent(new vn.congvu.conduct.inspections.CorrectiveActionIssued(-1000 - i, hangBac, null,
					"Niêm yết lại thủ tục", due, "Kiểm tra công vụ"));
		}
		for (int i = 1; i <= 3; i++) { // three done in time, one done a week late
			events.publishEvent(new vn.congvu.conduct.inspections.CorrectiveActionRechecked(-1000 - i, true, due.minusDays(i), null));
		}
		events.publishEvent(new vn.congvu.conduct.inspections.CorrectiveActionRechecked(-1004, true, due.plusDays(7), null));
		long id = methodologies.create(officer, new Methodologies.NewMethodology(2021, List.of(OrgUnitType.WARD),
				"Chỉ số CCHC cấp phường năm 2021 (kiểm thử)", "Kế hoạch kiểm thử", BigDecimal.valueOf(30), "", null));
		assertThat(methodologies.setLines(officer, id, List.of(
				new MethodologyTree.Line(2, "1", "", "Kỷ cương", "70", "", "", "", "", "", ""),
				new MethodologyTree.Line(3, "1.1", "1", "Khắc phục sau kiểm tra", "10", "Tính từ dữ liệu", "Khắc phục đúng hạn", "", "", "", ""),
				new MethodologyTree.Line(4, "1.2", "1", "Chấp hành", "60", "", "", "", "", "", "")))).isEmpty();
		cycles.open(officer, id, LocalDate.now(clock));
		Assessments.Assessment ward = assessments.ofMethodology(officer, id).stream()
			.filter(a -> a.unitId() == hangBac).findFirst().orElseThrow();
		Map<String, Long> items = new java.util.HashMap<>();
		methodologies.items(id).forEach(i -> items.put(i.code(), i.id()));
		assessments.score(head(ward), ward.id(), items.get("1.2"), BigDecimal.valueOf(50), null, List.of());
		assessments.submit(head(ward), ward.id());
		Assessments.Line computed = assessments.view(officer, ward.id()).lines().get(items.get("1.1"));
		assertThat(computed.selfPoints()).as("3 of 4 in time × 10 points").isEqualByComparingTo("7.50");
		assertThat(computed.selfNote()).contains("3/4");
	}

	private void selfAssess(Assessments.Assessment ward, Map<String, Long> items, String points, boolean withEvidence) {
		Viewer head = head(ward);
		assessments.score(head, ward.id(), items.get("1.1"), new BigDecimal(points), null,
				withEvidence ? List.of(evidence()) : List.of());
		assessments.score(head, ward.id(), items.get("1.2"), new BigDecimal(points), null, List.of());
		assessments.score(head, ward.id(), items.get("2.1"), new BigDecimal(points), null, List.of());
		assessments.score(head, ward.id(), items.get("3.1"), BigDecimal.ZERO, null, List.of());
	}

	static UploadedFile evidence() {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			javax.imageio.ImageIO.write(image, "png", out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return UploadedFile.of("ke-hoach.png", out.toByteArray());
	}
}
