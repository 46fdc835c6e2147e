package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congvu.emulation.Councils;
import vn.congvu.emulation.Decisions;
import vn.congvu.emulation.Proposals;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.staff.Gender;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.NewStaffMember;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffManagement;

/**
 * The attacker of a secret ballot. A council of four votes on phones through the real pages; the chosen member
 * rejects and votes last, the moment a ballot is easiest to open. The attacker then tries every surface a viewer can
 * reach (every ballot table, the audit log, the pages of the officer, the chair and the member before and after the
 * last vote, the minutes and the decision) to name how that member voted, and must fail: at most it learns that
 * someone rejected.
 */
class SecretBallotAttackIntegrationTests extends IntegrationTestSupport {

	@Autowired JdbcClient jdbc;
	@Autowired OrgUnitManagement unitManagement;
	@Autowired StaffManagement staffManagement;
	@Autowired Councils councils;
	@Autowired Proposals proposals;
	@Autowired Decisions decisions;

	@Test
	void noSurfaceNamesHowAChosenMemberVoted() throws Exception {
		Fixture f = fixture("SB");
		List<Long> people = f.people();
		Viewer officer = f.officer();
		long unit = f.unit();
		long council = f.council();
		long proposal = proposals.propose(officer, f.year(), "LDTT", people.get(4), "Hoàn thành tốt nhiệm vụ cả năm");
		long session = councils.openSession(officer, council, LocalDate.now(clock));
		long target = people.get(2);
		String targetName = NAMES[2];

		WebSession officerPages = signedIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, unit));
		WebSession chairPages = signedIn(testAccounts.createFor(people.get(0), Role.STAFF, unit));
		Map<Long, WebSession> members = new LinkedHashMap<>();
		for (int m : new int[] { 0, 1, 3, 2 }) { // the chosen member votes last
			members.put(people.get(m), m == 0 ? chairPages : signedIn(testAccounts.createFor(people.get(m), Role.STAFF, unit)));
		}
		String page = "/emulation/sessions/" + session;
		List<String> seenBefore = new ArrayList<>();
		for (Map.Entry<Long, WebSession> member : members.entrySet()) {
			if (member.getKey() == target) {
				seenBefore.add(officerPages.get(page).body());
				seenBefore.add(chairPages.get(page).body());
				assertThatThrownBy(() -> councils.close(officer, session)).as("no count before the last vote")
					.hasMessageContaining("emulation.session.votesMissing");
			}
			HttpResponse<String> voted = member.getValue().postForm(page + "/votes", page, "proposalId",
					String.valueOf(proposal), "choice", member.getKey() == target ? "reject" : "approve");
			assertThat(voted.statusCode()).isEqualTo(302);
		}
		List<String> seenAfter = List.of(officerPages.get(page).body(), chairPages.get(page).body(),
				members.get(target).get(page).body());

		// 1. the pages: before and after the last vote they show participation, never a count or a choice
		for (String html : concat(seenBefore, seenAfter)) {
			String text = org.jsoup.Jsoup.parse(html).select("main").text();
			assertThat(text).doesNotContain("Đồng ý 3").doesNotContain("không đồng ý 1").doesNotContain("Không đồng ý 1")
				.doesNotContain("Bạn đã chọn");
		}
		assertThat(org.jsoup.Jsoup.parse(seenAfter.get(2)).select("main").text())
			.as("the member's own page says that they voted, not how").contains("Bạn đã bỏ phiếu")
			.doesNotContain("không tán thành").doesNotContain("Bạn đã từ chối");

		// 2. every table of the ballots: no row holds a member beside a choice, a time or a sequence
		List<String> suspicious = jdbc.sql("""
				select c.table_schema || '.' || c.table_name || '.' || c.column_name
				from information_schema.columns c
				where c.table_schema in ('emulation', 'reformindex')
				  and exists (select 1 from information_schema.columns m where m.table_schema = c.table_schema
				              and m.table_name = c.table_name and m.column_name in ('member_id', 'staff_id'))
				  and exists (select 1 from information_schema.columns b where b.table_schema = c.table_schema
				              and b.table_name = c.table_name
				              and b.column_name in ('session_id', 'proposal_id', 'assessment_id'))
				  and ((c.data_type = 'boolean' and c.column_name <> 'recused')
				       or c.data_type like 'timestamp%' or c.data_type = 'date'
				       or c.column_default like 'nextval%' or c.is_identity = 'YES')""").query(String.class).list();
		assertThat(suspicious).as("a member beside a choice, a time or a sequence").isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from information_schema.columns where table_schema in ('emulation', 'reformindex')
				  and table_name in ('ballot_tally', 'appraisal_tally') and column_name in ('member_id', 'staff_id')""")
			.query(Long.class).single()).as("the counts carry no member").isZero();

		// 3. the audit log: that each member voted, never how, and nothing per vote in the close
		List<String> logged = jdbc.sql("""
				select action || ' ' || coalesce(after_state, '') from platform.audit_entry
				where entity_type = 'session' and entity_id = :s""").param("s", String.valueOf(session))
			.query(String.class).list();
		assertThat(logged).filteredOn(e -> e.startsWith("emulation.vote ")).hasSize(4)
			.allSatisfy(e -> assertThat(e).doesNotContain("true").doesNotContain("false").doesNotContain("approve")
				.doesNotContain("reject"));

		// 4. the files: the minutes give the counts of the whole council, the names only as its members
		councils.close(officer, session);
		Councils.Item counted = councils.view(officer, session).items().getFirst();
		assertThat(counted.approvals()).isEqualTo(3);
		assertThat(counted.rejections()).isEqualTo(1);
		String minutes;
		try (var pdf = Loader.loadPDF(decisions.minutes(officer, session))) {
			minutes = new PDFTextStripper().getText(pdf);
		}
		assertThat(minutes.lines().filter(line -> line.contains(targetName)).toList())
			.as("the chosen member appears only among the members present").allSatisfy(line ->
				assertThat(line).doesNotContain("Đồng ý").doesNotContain("Không đồng ý").doesNotContain("Thông qua"));

		// the attacker's conclusion: any of the three members who voted could be the one who rejected
		List<Long> couldHaveRejected = jdbc.sql("""
				select member_id from emulation.ballot_participation where session_id = :s and proposal_id = :p
				  and not recused order by member_id""").param("s", session).param("p", proposal).query(Long.class).list();
		assertThat(couldHaveRejected).as("the rejection cannot be narrowed to one member").hasSize(4).contains(target);
	}

	private static final String[] NAMES = { "Phan Văn Chủ", "Lò Thị Một", "Vi Văn Mục", "Hà Thị Bốn", "Khổng Văn Năm" };

	/** A unit of its own, five people with the year's "good" level, and a council of the first four. */
	private record Fixture(long unit, List<Long> people, Viewer officer, long council, int year) {
	}

	private Fixture fixture(String prefix) {
		LocalDate from = LocalDate.of(2025, 8, 1);
		int year = LocalDate.now(clock).getYear();
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		long unit = unitManagement.create(viewer(), new NewOrgUnit(prefix + suffix, "Ban thử bỏ phiếu kín " + suffix,
				OrgUnitType.OTHER, null, from));
		List<Long> people = new ArrayList<>();
		for (int i = 0; i < NAMES.length; i++) {
			people.add(staffManagement.create(viewer(), new NewStaffMember(prefix + i + suffix, NAMES[i],
					StaffCategory.CIVIL_SERVANT, i % 2 == 0 ? Gender.MALE : Gender.FEMALE, null, null, unit,
					i == 0 ? "Trưởng ban" : "Chuyên viên", i == 0 ? Leadership.HEAD : null, from)));
			jdbc.sql("insert into emulation.annual_grade (staff_id, year, unit_id, grade) values (:s, :y, :u, 'GOOD')")
				.param("s", people.get(i)).param("y", year).param("u", unit).update();
		}
		Viewer officer = new Viewer("attack-officer", "Cán bộ thi đua", Role.HOME_AFFAIRS_OFFICER, unit,
				scopeUnits.pathOf(unit), null, false);
		long council = councils.create(officer, unit, "Hội đồng thử bỏ phiếu kín " + suffix, people.subList(0, 4),
				people.get(0));
		return new Fixture(unit, people, officer, council, year);
	}

	@Test
	void afterTheAnnouncedEndASessionWithItsQuorumIsCountedAndSmallCountsStayHidden() {
		Fixture f = fixture("SQ");
		List<Long> people = f.people();
		long others = proposals.propose(f.officer(), f.year(), "LDTT", people.get(4), "Hoàn thành tốt nhiệm vụ cả năm");
		long own = proposals.propose(f.officer(), f.year(), "LDTT", people.get(1), "Hoàn thành tốt nhiệm vụ được giao");
		// held two days ago: its announced end (the end of that day) has passed
		long session = councils.openSession(f.officer(), f.council(), LocalDate.now(clock).minusDays(2));
		councils.vote(asStaff(people.get(0)), session, others, true);
		councils.vote(asStaff(people.get(2)), session, others, true);
		assertThatThrownBy(() -> councils.close(f.officer(), session))
			.as("2 of 4 took part on a proposal: under the two-thirds quorum").hasMessageContaining("emulation.session.noQuorum");
		councils.vote(asStaff(people.get(3)), session, others, false);
		councils.vote(asStaff(people.get(0)), session, own, true);
		councils.vote(asStaff(people.get(2)), session, own, true); // member 1 is recused on their own; member 3 absent
		councils.close(f.officer(), session);
		Councils.SessionView counted = councils.view(f.officer(), session);
		Councils.Item three = counted.items().stream().filter(i -> i.proposal().id() == others).findFirst().orElseThrow();
		Councils.Item two = counted.items().stream().filter(i -> i.proposal().id() == own).findFirst().orElseThrow();
		assertThat(three.approvals()).as("three voters: the count is published").isEqualTo(2);
		assertThat(three.rejections()).isEqualTo(1);
		assertThat(three.proposal().status()).as("2 of 4 members is under 90%").isEqualTo("FAILED");
		assertThat(two.approvals()).as("two voters and an absent member: only the result").isNull();
		assertThat(two.rejections()).isNull();
		assertThat(two.proposal().status()).isEqualTo("FAILED");
	}

	private WebSession signedIn(String username) {
		WebSession session = new WebSession(baseUrl());
		assertThat(session.signIn(username, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
		return session;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
