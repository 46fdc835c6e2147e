package vn.congvu.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.conduct.discipline.DisciplinaryCaseClosedWithoutDiscipline;
import vn.congvu.conduct.discipline.DisciplinaryCaseOpened;
import vn.congvu.conduct.discipline.DisciplinaryMeasure;
import vn.congvu.conduct.discipline.DisciplineDecided;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Emulation on the real database with the demo: Cửa Nam's approved annual list reaches the verdicts, discipline and
 * pending cases from conduct's events change them, proposals are refused with the condition named, the council votes
 * in secret and counts over all members, the decision computes the cash from the base salary of its day.
 */
class EmulationIntegrationTests extends IntegrationTestSupport {

	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitQueries units;
	@Autowired AnnualRounds rounds;
	@Autowired Eligibility eligibility;
	@Autowired Proposals proposals;
	@Autowired Councils councils;
	@Autowired Decisions decisions;
	@Autowired DecisionCorrections corrections;
	@Autowired vn.congvu.reporting.DocumentRegister register;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transaction;

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private int year() {
		return YearMonth.now(clock).minusMonths(2).getYear();
	}

	private Viewer officer() {
		long hanoi = units.byCode("01", REFORM).id();
		return new Viewer("test-officer", "Cán bộ thi đua", Role.HOME_AFFAIRS_OFFICER, hanoi, units.pathOf(hanoi), null,
				false);
	}

	@Test
	void theApprovedAnnualListAndConductsEventsDecideTheVerdicts() {
		long cuaNam = units.byCode("00082", REFORM).id();
		int year = year();
		List<Long> good = jdbc.sql("""
				select staff_id from emulation.annual_grade where unit_id = :u and year = :y and grade = 'GOOD'
				and staff_id not in (select subject_id from emulation.proposal where subject_kind = 'STAFF')
				and staff_id not in (select staff_id from emulation.pending_case)
				and staff_id not in (select staff_id from emulation.discipline)
				order by staff_id limit 3""").param("u", cuaNam).param("y", year).query(Long.class).list();
		assertThat(good).as("the demo's approved list reached emulation").hasSize(3);
		long reprimanded = good.get(0);
		long underReview = good.get(1);
		long cleared = good.get(2);
		transaction.executeWithoutResult(s -> {
			events.publishEvent(new DisciplineDecided(-101, reprimanded, DisciplinaryMeasure.REPRIMAND,
					LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 1), LocalDate.of(year, 12, 1)));
			events.publishEvent(new DisciplinaryCaseOpened(-102, -1, underReview, cuaNam, LocalDate.of(year, 9, 1),
					LocalDate.of(year, 11, 1)));
			events.publishEvent(new DisciplinaryCaseOpened(-103, -1, cleared, cuaNam, LocalDate.of(year, 9, 1),
					LocalDate.of(year, 11, 1)));
			events.publishEvent(new DisciplinaryCaseClosedWithoutDiscipline(-103, cleared, LocalDate.of(year, 10, 1)));
		});
		rounds.run(officer(), cuaNam, year, null);
		Eligibility.UnitView view = eligibility.ofUnit(officer(), cuaNam, year);
		assertThat(verdict(view, reprimanded).eligible()).isFalse();
		assertThat(verdict(view, reprimanded).reasons()).contains("no.discipline|REPRIMAND");
		assertThat(verdict(view, underReview).reasons()).contains("no.pendingCase");
		assertThat(verdict(view, cleared).eligible()).isTrue();

		Viewer head = headOf(cuaNam);
		assertThatThrownBy(() -> proposals.propose(head, year, "LDTT", reprimanded, "Hoàn thành tốt mọi nhiệm vụ được giao"))
			.isInstanceOf(NotEligibleException.class)
			.satisfies(ex -> assertThat(((NotEligibleException) ex).reason()).isEqualTo("no.discipline|REPRIMAND"));
		assertThatThrownBy(() -> proposals.propose(head, year, "LDTT", underReview, "Hoàn thành tốt mọi nhiệm vụ được giao"))
			.isInstanceOf(NotEligibleException.class);
		assertThatThrownBy(() -> proposals.propose(head, year, "LDTT", cleared, "ngắn"))
			.hasMessageContaining("emulation.proposal.achievementsRequired");
		long id = proposals.propose(head, year, "LDTT", cleared, "Hoàn thành tốt mọi nhiệm vụ được giao");
		assertThatThrownBy(() -> proposals.propose(head, year, "LDTT", cleared, "Lại đề nghị cho cùng thành tích"))
			.hasMessageContaining("emulation.proposal.twice");
		assertThatThrownBy(() -> proposals.propose(headOf(units.byCode("00070", REFORM).id()), year, "LDTT", cleared,
				"Đề nghị người ngoài phạm vi quản lý")).isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> proposals.propose(asStaff(cleared), year, "LDTT", cleared, "Tự đề nghị cho mình"))
			.isInstanceOf(NotPermittedException.class);
		assertThat(proposals.inScope(head, year)).extracting(Proposals.ProposalView::id).contains(id);
	}

	@Test
	void theCouncilVotesInSecretCountsOverAllMembersAndTheDecisionPaysFromTheBaseSalaryOfItsDay() throws Exception {
		long baDinh = units.byCode("00004", REFORM).id();
		int year = year();
		// Ba Đình has no approved list: give five people their levels through evaluation's own event path
		List<Long> people = jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and valid_to is null
				and staff_id not in (select staff_id from emulation.pending_case)
				and staff_id not in (select staff_id from emulation.discipline)
				order by staff_id limit 5""").param("u", baDinh).query(Long.class).list();
		for (long person : people) {
			jdbc.sql("insert into emulation.annual_grade (staff_id, year, unit_id, grade) values (:s, :y, :u, 'GOOD')"
					+ " on conflict (staff_id, year) do update set grade = 'GOOD'")
				.param("s", person).param("y", year).param("u", baDinh).update();
		}
		Viewer officer = officer();
		long council = councils.create(officer, baDinh, "Hội đồng Thi đua – Khen thưởng phường Ba Đình",
				people.subList(0, 4), people.get(0));
		assertThatThrownBy(() -> councils.create(officer, baDinh, "Hội đồng thiếu người", people.subList(0, 2),
				people.get(0))).hasMessageContaining("emulation.council.membersRequired");
		assertThatThrownBy(() -> councils.setThreshold(officer, council, BigDecimal.valueOf(101), "Quy chế hội đồng"))
			.hasMessageContaining("emulation.council.thresholdRange");
		assertThatThrownBy(() -> councils.setThreshold(officer, council, BigDecimal.valueOf(80), " "))
			.hasMessageContaining("emulation.council.basisRequired");
		assertThatThrownBy(() -> councils.setThreshold(asStaff(people.get(0)), council, BigDecimal.valueOf(80),
				"Quy chế hội đồng")).isInstanceOf(NotPermittedException.class);
		councils.setThreshold(officer, council, BigDecimal.valueOf(90), "Quy chế hoạt động của hội đồng (thử)");
		long proposal = proposals.propose(officer, year, "LDTT", people.get(4), "Hoàn thành tốt nhiệm vụ cả năm");
		long own = proposals.propose(officer, year, "LDTT", people.get(1), "Hoàn thành tốt nhiệm vụ được giao");
		long session = councils.openSession(officer, council, LocalDate.now(clock));

		// members 0, 2, 3 approve the first; member 1 is recused on their own proposal
		for (int m : new int[] { 0, 2, 3 }) {
			councils.vote(asStaff(people.get(m)), session, proposal, true);
			councils.vote(asStaff(people.get(m)), session, own, m != 3);
		}
		assertThatThrownBy(() -> councils.close(officer, session)).as("a count closed early would show the few votes")
			.hasMessageContaining("emulation.session.votesMissing");
		councils.vote(asStaff(people.get(1)), session, proposal, true);
		assertThatThrownBy(() -> councils.vote(asStaff(people.get(1)), session, own, true))
			.hasMessageContaining("emulation.vote.recused");
		assertThatThrownBy(() -> councils.vote(asStaff(people.get(0)), session, proposal, false))
			.hasMessageContaining("emulation.vote.once");
		assertThatThrownBy(() -> councils.vote(asStaff(people.get(4)), session, proposal, true))
			.isInstanceOf(RecordNotFoundException.class);
		Councils.SessionView during = councils.view(asStaff(people.get(2)), session);
		assertThat(during.items()).allSatisfy(i -> assertThat(i.approvals()).as("no count before closing").isNull());
		assertThat(jdbc.sql("""
				select count(*) from information_schema.columns where table_schema = 'emulation'
				  and table_name like 'ballot%' and column_name in ('approve', 'cast_at')""").query(Long.class).single())
			.as("secret ballot: no stored choice beside a member, no time of a vote").isZero();
		assertThat(jdbc.sql("""
				select after_state from platform.audit_entry where action = 'emulation.vote' and entity_id = :s""")
			.param("s", String.valueOf(session)).query(String.class).list())
			.isNotEmpty().allSatisfy(after -> assertThat(after).doesNotContain("true").doesNotContain("false"));
		assertThatThrownBy(() -> councils.close(asStaff(people.get(0)), session)).isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> decisions.minutes(officer, session)).hasMessageContaining("emulation.decision.sessionOpen");
		councils.close(officer, session);
		assertThatThrownBy(() -> councils.vote(asStaff(people.get(3)), session, proposal, true))
			.isInstanceOf(InvalidInputException.class);

		Councils.SessionView after = councils.view(officer, session);
		Councils.Item first = after.items().stream().filter(i -> i.proposal().id() == proposal).findFirst().orElseThrow();
		Councils.Item second = after.items().stream().filter(i -> i.proposal().id() == own).findFirst().orElseThrow();
		assertThat(first.approvals()).isEqualTo(4);
		assertThat(first.proposal().status()).as("4 of 4 members ≥ 90%").isEqualTo("PASSED");
		assertThat(second.approvals()).isEqualTo(2);
		assertThat(second.recusals()).isEqualTo(1);
		assertThat(second.proposal().status()).as("2 of 4 members, the recused one counting as not approving")
			.isEqualTo("FAILED");

		assertThat(new String(decisions.minutes(officer, session), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		LocalDate signedOn = LocalDate.now(clock);
		long competent = decisions.authorities(officer, session, signedOn).getFirst().unitId();
		assertThatThrownBy(() -> decisions.issue(officer, session, new Decisions.NewDecision(competent,
				signedOn.plusDays(1)))).hasMessageContaining("emulation.decision.future");
		assertThatThrownBy(() -> decisions.issue(officer, session, new Decisions.NewDecision(-1, signedOn)))
			.as("an issuer outside the register's choices").hasMessageContaining("emulation.decision.authority");
		decisions.issue(officer, session, new Decisions.NewDecision(competent, signedOn));
		Decisions.Decision decision = decisions.ofSession(officer, session);
		assertThat(decision.baseSalary()).isEqualTo(2_340_000L);
		assertThat(decisions.awards(decision.id())).singleElement()
			.satisfies(a -> assertThat(a.amountVnd()).isEqualTo(702_000L));
		// a correction replaces the decision: a new number, the first kept and marked replaced
		String firstNumber = decisions.document(officer, session).orElseThrow().reference();
		byte[] firstPdf = decisions.pdf(officer, session);
		assertThatThrownBy(() -> corrections.replace(officer, session, new Decisions.NewDecision(competent, signedOn), " "))
			.hasMessageContaining("emulation.correction.reasonRequired");
		assertThatThrownBy(() -> corrections.replace(officer, session, new Decisions.NewDecision(competent,
				signedOn.minusDays(1)), "Ký nhầm ngày")).hasMessageContaining("emulation.correction.beforeDecision");
		String replacing = corrections.replace(officer, session, new Decisions.NewDecision(competent, signedOn),
				"Ghi sai tên cơ quan đề nghị trong căn cứ");
		assertThat(replacing).isNotEqualTo(firstNumber).endsWith(firstNumber.substring(firstNumber.indexOf('/')));
		assertThat(decisions.document(officer, session).orElseThrow().replacesReference()).isEqualTo(firstNumber);
		assertThat(decisions.pdf(officer, session)).as("the decision in force is the replacing one").isNotEqualTo(firstPdf);
		assertThat(register.bySha256(vn.congvu.platform.UploadedFile.sha256(firstPdf))).get()
			.satisfies(d -> assertThat(d.replacedByReference()).isEqualTo(replacing));
		try (var text = org.apache.pdfbox.Loader.loadPDF(decisions.pdf(officer, session))) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(text).replaceAll("\\s+", " "))
				.contains("thay thế Quyết định số " + firstNumber, "Ghi sai tên cơ quan đề nghị trong căn cứ");
		}
		assertThatThrownBy(() -> proposals.revoke(officer, proposal, "sai")).hasMessageContaining("emulation.revoke.reasonRequired");
		assertThatThrownBy(() -> proposals.revoke(officer, own, "Đề nghị này không được thông qua"))
			.hasMessageContaining("emulation.revoke.notAwarded");
		proposals.revoke(officer, proposal, "Thành tích kê khai không đúng sự thật");
		assertThat(proposals.inScope(officer, year).stream().filter(p -> p.id() == proposal).findFirst().orElseThrow()
			.status()).isEqualTo("REVOKED");
		assertThatThrownBy(() -> corrections.replace(officer, session, new Decisions.NewDecision(competent, signedOn),
				"Hủy danh hiệu đã thu hồi")).as("the only award was revoked")
			.hasMessageContaining("emulation.correction.nothingStands");
		byte[] pdf = decisions.pdf(officer, session);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(decisions.pdf(officer, session)).as("signed once, the same file every time").isEqualTo(pdf);
		assertThat(vn.congvu.reporting.ArchiveChecks.pdfA2bFailures(pdf)).as("PDF/A-2b by veraPDF").isEmpty();
		byte[] minutes = decisions.minutes(officer, session);
		assertThat(decisions.minutes(officer, session)).as("the minutes too: issued once").isEqualTo(minutes);
		assertThat(vn.congvu.reporting.ArchiveChecks.pdfA2bFailures(minutes)).isEmpty();
		assertThat(signatures.verify(minutes).signatures()).as("signed by the council's chair").singleElement()
			.satisfies(s -> assertThat(s.valid()).isTrue());
		try (var text = org.apache.pdfbox.Loader.loadPDF(minutes)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(text).replaceAll("\\s+", " "))
				.contains("BIÊN BẢN", "/BB-HĐTĐKT", "CHỦ TỊCH HỘI ĐỒNG");
		}
		assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7");
		assertThat(signatures.verify(pdf).signatures()).as("signed in the issuer's name").singleElement()
			.satisfies(s -> assertThat(s.valid()).isTrue());
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'emulation.vote'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(7);
		assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'emulation.vote' and "
				+ "(after_state like '%true%' or after_state like '%false%')").query(Long.class).single())
			.as("the audit log does not reveal how anyone voted").isZero();
	}

	@Autowired Initiatives initiatives;
	@Autowired vn.congvu.reporting.PdfSignatures signatures;

	@Test
	void anInitiativeIsRecordedByTheAuthorsStaffCodeWithinTheScope() {
		long cuaNam = units.byCode("00082", REFORM).id();
		String code = jdbc.sql("""
				select m.staff_code from staff.published_assignment a join staff.published_member m on m.id = a.staff_id
				where a.unit_id = :u and a.valid_to is null order by m.staff_code limit 1""").param("u", cuaNam)
			.query(String.class).single();
		LocalDate today = LocalDate.now(clock);
		long id = recognize(officer(), code, "Tra cứu hồ sơ bằng mã QR", "GRASSROOTS", today,
				"Hội đồng sáng kiến phường", "01/QĐ-HĐSK");
		assertThat(initiatives.inScope(officer())).extracting(Initiatives.Initiative::id).contains(id);
		assertThatThrownBy(() -> recognize(officer(), "KHONG-CO", "Sáng kiến", "GRASSROOTS", today, "Hội đồng",
				"02/QĐ")).hasMessageContaining("emulation.initiative.unknownStaff");
		assertThatThrownBy(() -> recognize(officer(), code, "Sáng kiến", "GRASSROOTS", today.plusDays(1),
				"Hội đồng", "03/QĐ")).hasMessageContaining("emulation.decision.future");
		assertThatThrownBy(() -> recognize(headOf(cuaNam), code, "Sáng kiến", "GRASSROOTS", today,
				"Hội đồng", "04/QĐ")).isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> recognize(officer(), "KHONG-CO", " ", "WORLD", today.plusDays(1), "Hội đồng", "05/QĐ"))
			.as("every problem at once, each at its field")
			.isInstanceOfSatisfying(vn.congvu.shared.InvalidInputException.class, refused -> assertThat(
					refused.problems()).extracting(vn.congvu.shared.InvalidInputException.Problem::field)
				.containsExactly("staffCode", "title", "scope", "recognizedOn"));
	}

	private long recognize(vn.congvu.platform.Viewer viewer, String code, String title, String scope, LocalDate on,
			String by, String ref) {
		return initiatives.recognize(viewer, new Initiatives.NewInitiative(code, title, scope, on, by, ref),
				new vn.congvu.shared.Problems());
	}

	private static Eligibility.Verdict verdict(Eligibility.UnitView view, long staffId) {
		return view.people().stream().filter(p -> p.id() == staffId).findFirst().orElseThrow().verdicts().get("LDTT");
	}
}
