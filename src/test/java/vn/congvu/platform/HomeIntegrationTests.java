package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.TestAccounts;
import vn.congvu.WebSession;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.portal.News;
import vn.congvu.portal.Sites;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;

/**
 * The first page after signing in is the person's own work: a civil servant sees the explanation asked of them with
 * its deadline, the unit's head the article waiting for review, and neither sees the other's work.
 */
class HomeIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Autowired OrgUnitQueries units;
	@Autowired StaffQueries staff;
	@Autowired Violations violations;
	@Autowired News news;
	@Autowired Sites sites;

	@Test
	void eachPersonSeesTheirOwnWorkFirst() {
		long cuaNam = units.byCode("00082", REFORM).id();
		LocalDate today = LocalDate.now(clock);
		long person = staff.page(scoped(cuaNam), StaffFilter.asOf(today), 0, 5).rows().get(3).id();
		long violation = violations.record(scoped(cuaNam), new NewViolation(cuaNam, person, null,
				ViolationSeverity.MINOR, "Đến muộn buổi họp giao ban sáng thứ Hai", "MANUAL", null, today.minusDays(1)));
		violations.askExplanation(scoped(cuaNam), violation, today.plusDays(3));
		Viewer editor = new Viewer("bt-home", "Biên tập viên thử", Role.EDITOR, cuaNam, units.pathOf(cuaNam), null,
				false);
		long article = news.write(editor, new News.Draft(cuaNam, sites.categories(cuaNam).get(0).id(),
				"Tin chờ thủ trưởng duyệt", "", "Nội dung.", null, null, List.of()));
		news.submit(editor, article);

		WebSession civilServant = new WebSession(baseUrl());
		civilServant.signIn(testAccounts.createFor(person, Role.STAFF, cuaNam), TestAccounts.PASSWORD);
		String mine = civilServant.get("/").body();
		assertThat(mine).contains("Việc của tôi").contains("Giải trình vi phạm")
			.contains("Đến muộn buổi họp giao ban sáng thứ Hai")
			.contains("hạn " + VietnameseDates.format(today.plusDays(3)))
			.doesNotContain("Tin chờ thủ trưởng duyệt");

		WebSession head = new WebSession(baseUrl());
		head.signIn(testAccounts.create(Role.UNIT_HEAD, cuaNam), TestAccounts.PASSWORD);
		String heads = head.get("/").body();
		assertThat(heads).contains("Tin bài chờ duyệt").contains("Tin chờ thủ trưởng duyệt")
			.contains("/portal/news/" + article).doesNotContain("Đến muộn buổi họp giao ban sáng thứ Hai");

		WebSession other = new WebSession(baseUrl());
		other.signIn(testAccounts.create(Role.UNIT_HEAD, units.byCode("00070", REFORM).id()), TestAccounts.PASSWORD);
		assertThat(other.get("/").body()).doesNotContain("Tin chờ thủ trưởng duyệt");

		violations.explain(asStaff(person), violation, "Xe buýt bị hỏng giữa đường, tôi đã báo trưởng phòng qua điện thoại.");
		assertThat(civilServant.get("/").body()).as("explained: no longer waiting on the person")
			.doesNotContain("Đến muộn buổi họp giao ban sáng thứ Hai");
		WebSession officer = new WebSession(baseUrl());
		officer.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, null), TestAccounts.PASSWORD);
		assertThat(officer.get("/").body()).as("the city's officer decides it").contains("Vi phạm chờ kết luận")
			.contains("Đến muộn buổi họp giao ban sáng thứ Hai");
		WebSession otherOfficer = new WebSession(baseUrl());
		otherOfficer.signIn(testAccounts.create(Role.HOME_AFFAIRS_OFFICER, units.byCode("00070", REFORM).id()),
				TestAccounts.PASSWORD);
		assertThat(otherOfficer.get("/").body()).as("another ward's officer does not")
			.doesNotContain("Đến muộn buổi họp giao ban sáng thứ Hai");
	}

	@Autowired RunAs runAs;
	@Autowired List<WorkItems> sources;

	private List<WorkItems.Item> workOf(String username) {
		List<WorkItems.Item> items = new java.util.ArrayList<>();
		runAs.run(username, viewer -> sources.forEach(s -> items.addAll(s.itemsFor(viewer, LocalDate.now(clock)))));
		return items;
	}

	/**
	 * Every module reports its pending steps to the person who takes them: the ward head's PAR self-assessment with
	 * its deadline, the appraisal council member's vote on the ward waiting for the council, the inspector's visit
	 * of their team; a portal editor of the inspected ward is shown no visit.
	 */
	@Test
	void theDemosPendingStepsReachThePeopleWhoTakeThem() {
		assertThat(workOf("phuonghoankiem")).filteredOn(i -> i.kind().equals("home.kind.parSelfAssessment"))
			.singleElement().satisfies(i -> {
				assertThat(i.title()).startsWith("Phường Hoàn Kiếm");
				assertThat(i.due()).isEqualTo(LocalDate.now(clock).plusDays(14));
			});
		assertThat(workOf("lanhdao")).filteredOn(i -> i.kind().equals("home.kind.parVote"))
			.extracting(WorkItems.Item::title).anySatisfy(t -> assertThat(t).startsWith("Phường Cửa Nam"));
		assertThat(workOf("kiemtra")).extracting(WorkItems.Item::kind).contains("home.kind.visit");
		assertThat(workOf("bientap")).extracting(WorkItems.Item::kind).doesNotContain("home.kind.visit");
	}
}
