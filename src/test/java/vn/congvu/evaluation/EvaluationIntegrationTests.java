package vn.congvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/** Evaluation on the real database with the demo: inputs from events, the workflow, the quota, appeals, the year. */
class EvaluationIntegrationTests extends IntegrationTestSupport {

	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitQueries units;
	@Autowired Violations violations;
	@Autowired MonthlyClose close;
	@Autowired Scorecards scorecards;
	@Autowired ScorecardQueries queries;
	@Autowired Calibration calibration;
	@Autowired AnnualClassifications annual;
	@Autowired Tasks tasks;
	@Autowired Supervisors supervisors;
	@Autowired vn.congvu.feedback.FeedbackIntake intake;

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private long ward(String code) {
		return units.byCode(code, REFORM).id();
	}

	@Test
	void aConfirmedViolationCountsAgainstThePersonAndTheHeadAtTheTime() {
		long unit = ward("00082");
		long person = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and leadership is null
				and valid_to is null limit 1""").param("u", unit).query(Long.class).single();
		long head = jdbc.sql("select staff_id from staff.published_assignment where unit_id = :u and leadership = 'HEAD' and valid_to is null")
			.param("u", unit).query(Long.class).single();
		LocalDate day = LocalDate.now(clock).minusDays(1);
		long id = violations.record(Viewer.system(), new NewViolation(unit, person, null, ViolationSeverity.SERIOUS,
				"Đi muộn nhiều lần trong tháng", "MANUAL", null, day));
		violations.askExplanation(Viewer.system(), id, LocalDate.now(clock));
		violations.confirm(Viewer.system(), id);
		assertThat(jdbc.sql("select kind || ':' || detail from evaluation.recorded_input where source_ref = :r order by kind")
			.param("r", "violation-" + id).query(String.class).list())
			.containsExactly("UNIT_VIOLATION:SERIOUS", "VIOLATION:SERIOUS");
		assertThat(jdbc.sql("select staff_id from evaluation.recorded_input where source_ref = :r and kind = 'UNIT_VIOLATION'")
			.param("r", "violation-" + id).query(Long.class).single()).isEqualTo(head);
	}

	@Test
	void theDemoHasEightClosedMonthsForCuaNamAllButTheLastApproved() {
		long cuaNam = ward("00082");
		YearMonth now = YearMonth.now(clock);
		List<LocalDate> months = jdbc.sql("select distinct month from evaluation.scorecard where unit_id = :u order by month")
			.param("u", cuaNam).query(LocalDate.class).list();
		assertThat(months).hasSize(8).last().isEqualTo(now.minusMonths(1).atDay(1));
		assertThat(jdbc.sql("""
				select distinct status from evaluation.scorecard where unit_id = :u and month < :last and current""")
			.param("u", cuaNam).param("last", now.minusMonths(1).atDay(1)).query(String.class).set())
			.containsExactlyInAnyOrder("APPROVED", "ABSENT");
		assertThat(jdbc.sql("select distinct status from evaluation.scorecard where unit_id = :u and month = :last")
			.param("u", cuaNam).param("last", now.minusMonths(1).atDay(1)).query(String.class).list())
			.containsExactly("DRAFT");
		assertThat(jdbc.sql("select count(*) from evaluation.scorecard where unit_id = :u and grade = 'EXCELLENT'")
			.param("u", cuaNam).query(Long.class).single()).as("a few excellent, within the quota").isPositive();
		assertThat(jdbc.sql("""
				select count(*) from evaluation.scorecard c where c.unit_id = :u
				and not exists (select 1 from evaluation.scorecard_input i where i.scorecard_id = c.id and i.part = 'GENERAL')""")
			.param("u", cuaNam).query(Long.class).single()).isZero();
		assertThatThrownBy(() -> close.close(Viewer.system(), cuaNam, now, null))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("scorecard.monthNotEnded");
	}

	@Test
	void selfAssessmentReviewQuotaRefusalAdjustmentApprovalAndOneAppeal() {
		long unit = ward("00097");
		YearMonth month = YearMonth.now(clock).minusMonths(2);
		int created = close.close(Viewer.system(), unit, month, null);
		assertThat(created).isGreaterThan(5);
		assertThat(close.close(Viewer.system(), unit, month, null)).as("closing again adds nobody").isZero();
		Viewer head = headOf(unit);
		List<ScorecardView.Card> cards = queries.ofUnit(head, unit, month).stream()
			.filter(c -> c.supervisorStaffId() != null).toList();
		// everyone self-assesses 95 (excellent): far over any cap
		for (ScorecardView.Card card : cards) {
			Viewer self = asStaff(card.staffId());
			ScorecardView view = queries.find(self, card.id());
			BigDecimal bonus = BigDecimal.ZERO;
			Scorecards.Points points = new Scorecards.Points(view.rules().generalPoints(),
					view.rules().resultsPoints().subtract(BigDecimal.valueOf(5)), bonus);
			assertThatThrownBy(() -> scorecards.selfAssess(self, card.id(), points, ""))
				.hasMessageContaining("scorecard.reasonForChange");
			assertThatThrownBy(() -> scorecards.selfAssess(self, card.id(), new Scorecards.Points(
					view.rules().generalPoints().add(BigDecimal.ONE), BigDecimal.ZERO, bonus), "Tôi tự đánh giá như vậy"))
				.hasMessageContaining("scorecard.outsideFrame");
			scorecards.selfAssess(self, card.id(), points, "Hoàn thành các việc được giao");
			Viewer reviewer = asStaff(card.supervisorStaffId());
			scorecards.review(reviewer, card.id(), points, "");
		}
		ScorecardView.Card first = cards.get(0);
		assertThatThrownBy(() -> scorecards.review(asStaff(first.staffId()), first.id(),
				new Scorecards.Points(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO), "tự nhận xét mình"))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> calibration.approve(head, unit, month, false))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("calibration.quotaExceeded");
		assertThat(jdbc.sql("select count(*) from evaluation.scorecard where unit_id = :u and month = :m and status = 'APPROVED'")
			.param("u", unit).param("m", month.atDay(1)).query(Long.class).single()).isZero();
		Calibration.Group all = calibration.of(head, unit, month, false).groups().get(0);
		int over = all.quota().over();
		List<ScorecardView.Card> lowest = queries.ofUnit(head, unit, month).stream()
			.filter(c -> c.status() == ScorecardStatus.REVIEWED && c.grade() == ClassificationGrade.EXCELLENT)
			.limit(over).toList();
		assertThat(all.nearestTheLine()).isNotEmpty();
		for (ScorecardView.Card card : lowest) {
			scorecards.adjust(head, card.id(), new Scorecards.Points(BigDecimal.valueOf(25), BigDecimal.valueOf(55),
					BigDecimal.ZERO), "Chất lượng một số sản phẩm chưa cao");
		}
		// over-adjusting may drop some excellent into good, which can only raise the cap; re-check then approve
		int approved = calibration.approve(head, unit, month, false);
		assertThat(approved).isEqualTo(cards.size());
		assertThatThrownBy(() -> jdbc.sql("update evaluation.scorecard set total = 1 where id = :id")
			.param("id", first.id()).update()).hasMessageContaining("approved");
		Viewer owner = asStaff(first.staffId());
		scorecards.appeal(owner, first.id(), "Tôi đề nghị xem lại điểm tiêu chí chung");
		assertThatThrownBy(() -> scorecards.appeal(owner, first.id(), "Kiến nghị lần thứ hai về điểm số"))
			.hasMessageContaining("scorecard.appealOnce");
		scorecards.answerAppeal(head, first.id(), true, "Chấp nhận một phần kiến nghị",
				new Scorecards.Points(BigDecimal.valueOf(28), BigDecimal.valueOf(60), BigDecimal.ZERO));
		ScorecardView.Card amended = queries.mine(owner).stream().filter(c -> c.month().equals(month.atDay(1)))
			.findFirst().orElseThrow();
		assertThat(amended.version()).isEqualTo(2);
		assertThat(amended.supersedesId()).isEqualTo(first.id());
		assertThat(amended.total()).isEqualByComparingTo("88");
		AnnualClassifications.Sheet sheet = annual.sheet(head, unit, month.getYear());
		assertThat(sheet.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.grade()).isIn(
				ClassificationGrade.NOT_CLASSIFIED, ClassificationGrade.NOT_COMPLETED, ClassificationGrade.COMPLETED,
				ClassificationGrade.GOOD, ClassificationGrade.EXCELLENT));
		assertThat(annual.pdf(head, unit, month.getYear())).startsWith("%PDF".getBytes());
		assertThatThrownBy(() -> queries.find(headOf(ward("00070")), first.id())).isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void aTaskHasOneOwnerAndASendBackCostsQuality() {
		long unit = ward("00082");
		List<String> codes = jdbc.sql("""
				select m.staff_code from staff.published_assignment a join staff.published_member m on m.id = a.staff_id
				where a.unit_id = :u and a.valid_to is null and a.leadership is null order by m.staff_code limit 2""")
			.param("u", unit).query(String.class).list();
		long id = tasks.assign(scoped(unit), new NewTask(unit, codes.get(0), List.of(codes.get(1)), "Lập báo cáo tháng",
				"Báo cáo", null, TaskOrigin.CONFERENCE, "KL-01", LocalDate.now(clock).plusDays(3)));
		assertThatThrownBy(() -> tasks.assign(scoped(unit), new NewTask(unit, codes.get(0), List.of(codes.get(0)),
				"Việc khác", "Báo cáo", null, TaskOrigin.DIRECTIVE, null, LocalDate.now(clock).plusDays(3))))
			.hasMessageContaining("task.ownerIsCoworker");
		assertThatThrownBy(() -> jdbc.sql("update evaluation.task set owner_staff_id = null where id = :id").param("id", id)
			.update()).hasMessageContaining("null");
		long owner = jdbc.sql("select owner_staff_id from evaluation.task where id = :id").param("id", id)
			.query(Long.class).single();
		tasks.submit(asStaff(owner), id, "");
		assertThatThrownBy(() -> tasks.sendBack(scoped(unit), id, "ngắn")).hasMessageContaining("task.reasonRequired");
		tasks.sendBack(scoped(unit), id, "Thiếu số liệu của bộ phận một cửa");
		tasks.submit(asStaff(owner), id, "Đã bổ sung");
		tasks.accept(scoped(unit), id);
		TaskView view = new TaskQueries(jdbc, clock).find(asStaff(owner), id);
		assertThat(view.reworkCount()).isEqualTo(1);
		assertThat(view.history()).extracting(TaskView.Step::kind)
			.containsExactly("ASSIGNED", "SUBMITTED", "SENT_BACK", "SUBMITTED", "ACCEPTED");
		assertThatThrownBy(() -> new TaskQueries(jdbc, clock).find(headOf(ward("00070")), id))
			.isInstanceOf(RecordNotFoundException.class);
	}

	@Test
	void theRuleSetApiAnswersTheSetInForceAndRefusesBadDates() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> old = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/api/v1/evaluation/rule-sets?on=2025-12-31")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(old.statusCode()).isEqualTo(200);
		assertThat(old.body()).contains("3814-QĐ/TU").contains("\"percentExceptional\":40");
		HttpResponse<String> now = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
				+ "/api/v1/evaluation/rule-sets?on=2026-01-01")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(now.body()).contains("335/2025").contains("\"basis\":\"GOOD\"");
		for (String bad : new String[] { "", "2026-02-30", "hôm-nay" }) {
			HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
					+ "/api/v1/evaluation/rule-sets?on=" + java.net.URLEncoder.encode(bad, "UTF-8"))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(refused.headers().firstValue("content-type")).get().asString().contains("problem+json");
		}
	}

	@Test
	void anOfficersLowSatisfactionAndTheUnitsResultsReachTheScorecards() {
		// a desk of a unit with a head and at least two other members
		record Desk(String code, long unitId) {
		}
		Desk desk = jdbc.sql("""
				select p.code, p.unit_id from feedback.service_point p
				where (select count(*) from staff.published_assignment a where a.unit_id = p.unit_id and a.valid_to is null
				       and a.leadership is null) >= 2
				  and exists (select 1 from staff.published_assignment a where a.unit_id = p.unit_id and a.valid_to is null
				              and a.leadership = 'HEAD')
				order by p.id limit 1""").query(Desk.class).single();
		List<Long> members = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_to is null
				and leadership is null order by staff_id limit 2""").param("u", desk.unitId()).query(Long.class).list();
		long officer = members.get(0);
		long disciplined = members.get(1);
		long head = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_to is null
				and leadership = 'HEAD'""").param("u", desk.unitId()).query(Long.class).single();
		YearMonth month = YearMonth.now(clock).minusMonths(9);
		java.time.Instant at = month.atDay(10).atTime(9, 0).atZone(vn.congvu.shared.VietnameseDates.VIETNAM).toInstant();
		List<vn.congvu.feedback.HistoricalRating> ratings = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) { // over the minimum of 10, everyone unsatisfied
			ratings.add(new vn.congvu.feedback.HistoricalRating(desk.code(), "SIPAS5", vn.congvu.feedback.Channel.QR,
					java.util.Map.of("ACCESS", 2, "PROCEDURE", 2, "OFFICER", 1, "RESULT", 2, "FEEDBACK_HANDLING", 2), "Chờ lâu, thái độ chưa tốt",
					at.plusSeconds(600L * i)));
		}
		intake.importHistorical(ratings);
		// the duty roster would name the officer on a live rating; imported ones carry none, so the test names them
		assertThat(jdbc.sql("""
				update feedback.response set staff_id = :s where comment = 'Chờ lâu, thái độ chưa tốt'
				and service_point_id = (select id from feedback.service_point where code = :c)""")
			.param("s", officer).param("c", desk.code()).update()).isEqualTo(12);
		jdbc.sql("""
				insert into evaluation.recorded_input (staff_id, kind, detail, occurred_on, source_ref)
				values (:s, 'DISCIPLINE', 'REPRIMAND', :day, 'test-discipline')""")
			.param("s", disciplined).param("day", month.atDay(15)).update();

		close.close(Viewer.system(), desk.unitId(), month, null);

		ScorecardView officerCard = cardOf(officer, month);
		assertThat(officerCard.inputs()).anySatisfy(input -> {
			assertThat(input.source()).isEqualTo("SATISFACTION");
			assertThat(input.label()).isEqualTo("0.0|12");
			assertThat(input.points()).isEqualByComparingTo("-2");
		});
		ScorecardView headCard = cardOf(head, month);
		ScorecardView.Input unitInput = headCard.inputs().stream().filter(i -> i.source().equals("LEADER_UNIT"))
			.findFirst().orElseThrow();
		assertThat(unitInput.label()).isEqualTo("50|30");
		assertThat(cardOf(disciplined, month).card().grade()).isEqualTo(ClassificationGrade.NOT_COMPLETED);
		// without tasks the own part is the good share (49); 30% of the frame at 50% is 10.5: 49 × 0.7 + 10.5 = 44.8
		assertThat(headCard.card().resultsPoints()).isEqualByComparingTo("44.80");
	}

	/**
	 * A self-assessment left overdue no longer blocks the month: the direct supervisor assesses on the person's behalf
	 * with a reason the person reads on the scorecard, and finds the step on their "My work"; the person cannot.
	 */
	@Test
	void theSupervisorAssessesOnBehalfOfAPersonWhoseSelfAssessmentIsOverdue() {
		long unit = ward("00004");
		YearMonth month = YearMonth.now(clock).minusMonths(5); // its self-assessment deadline passed months ago
		close.close(Viewer.system(), unit, month, null);
		Viewer head = headOf(unit);
		ScorecardView.Card card = queries.ofUnit(head, unit, month).stream()
			.filter(c -> c.status() == ScorecardStatus.DRAFT && !head.isStaff(c.staffId())).findFirst().orElseThrow();
		// the recorded direct supervisor, or the head where none is recorded (other tests may record some)
		Viewer supervisor = card.supervisorStaffId() != null ? asStaff(card.supervisorStaffId()) : head;
		Viewer person = asStaff(card.staffId());
		assertThat(queries.find(supervisor, card.id()).rights().reviewOnBehalf()).isTrue();
		assertThat(queries.find(person, card.id()).rights().reviewOnBehalf()).isFalse();
		assertThat(queries.overdueForSupervisor(supervisor)).extracting(ScorecardView.Card::id).contains(card.id());

		ScorecardView view = queries.find(supervisor, card.id());
		Scorecards.Points points = new Scorecards.Points(view.rules().generalPoints(),
				view.rules().resultsPoints().subtract(BigDecimal.TEN), BigDecimal.ZERO);
		assertThatThrownBy(() -> scorecards.reviewOnBehalf(supervisor, card.id(), points, " "))
			.hasMessageContaining("scorecard.onBehalf.reason");
		assertThatThrownBy(() -> scorecards.reviewOnBehalf(person, card.id(), points, "Tôi tự đánh giá hộ mình"))
			.isInstanceOf(NotPermittedException.class);
		scorecards.reviewOnBehalf(supervisor, card.id(), points, "Đồng chí đi học tập trung cả tháng, không tự đánh giá kịp hạn.");

		ScorecardView seen = queries.find(person, card.id());
		assertThat(seen.card().status()).isEqualTo(ScorecardStatus.REVIEWED);
		assertThat(seen.stages()).filteredOn(s -> s.stage().equals("SUPERVISOR")).singleElement()
			.satisfies(s -> assertThat(s.comment()).contains("đi học tập trung"));
		assertThat(queries.overdueForSupervisor(supervisor)).extracting(ScorecardView.Card::id).doesNotContain(card.id());
	}

	@Test
	void aMonthAwayIsMarkedAbsentWithItsReasonAndSupervisorsAreRecordedInTheUnit() {
		long unit = ward("00004");
		YearMonth month = YearMonth.now(clock).minusMonths(10);
		close.close(Viewer.system(), unit, month, null);
		List<Long> members = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_to is null
				and leadership is null order by staff_id limit 2""").param("u", unit).query(Long.class).list();
		long away = members.get(0);
		long reviewer = members.get(1);
		Viewer head = headOf(unit);

		supervisors.assign(head, unit, away, reviewer);
		ScorecardView card = cardOf(away, month);
		assertThat(card.card().supervisorStaffId()).as("the waiting scorecard moves").isEqualTo(reviewer);
		assertThat(supervisors.ofUnit(head, unit)).anySatisfy(line -> {
			assertThat(line.person().id()).isEqualTo(away);
			assertThat(line.recorded()).isTrue();
			assertThat(line.supervisorId()).isEqualTo(reviewer);
		});
		assertThatThrownBy(() -> supervisors.assign(head, unit, away, away)).hasMessageContaining("supervisors.self");
		long stranger = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id <> :u and valid_to is null limit 1""")
			.param("u", unit).query(Long.class).single();
		assertThatThrownBy(() -> supervisors.assign(head, unit, away, stranger))
			.hasMessageContaining("supervisors.notMember");
		assertThatThrownBy(() -> supervisors.ofUnit(headOf(ward("00070")), unit))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> supervisors.assign(asStaff(away), unit, away, null))
			.isInstanceOfAny(RecordNotFoundException.class, NotPermittedException.class);

		assertThatThrownBy(() -> scorecards.markAbsent(asStaff(away), card.card().id(), "Nghỉ phép dài ngày cả tháng"))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> scorecards.markAbsent(head, card.card().id(), "nghỉ"))
			.hasMessageContaining("scorecard.reasonRequired");
		scorecards.markAbsent(head, card.card().id(), "Nghỉ thai sản cả tháng");
		ScorecardView after = cardOf(away, month);
		assertThat(after.card().status()).isEqualTo(ScorecardStatus.ABSENT);
		assertThat(after.card().absenceReason()).isEqualTo("Nghỉ thai sản cả tháng");
		assertThat(after.rights().markAbsent()).isFalse();
		supervisors.assign(head, unit, away, null);
		assertThat(jdbc.sql("select count(*) from evaluation.supervision where staff_id = :s").param("s", away)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action in ('supervision.assign', "
				+ "'scorecard.markAbsent') and entity_id = any(:ids)")
			.param("ids", new String[] { String.valueOf(away), String.valueOf(card.card().id()) })
			.query(Long.class).single()).isEqualTo(3);
	}

	private ScorecardView cardOf(long staffId, YearMonth month) {
		long id = jdbc.sql("select id from evaluation.scorecard where staff_id = :s and month = :m and current")
			.param("s", staffId).param("m", month.atDay(1)).query(Long.class).single();
		return queries.find(Viewer.system(), id);
	}
}
