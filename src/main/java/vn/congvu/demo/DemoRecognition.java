package vn.congvu.demo;

import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.emulation.Campaigns;
import vn.congvu.emulation.Clusters;
import vn.congvu.emulation.GoodExamples;
import vn.congvu.emulation.InitiativeSubmissions;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Recognition beyond titles: the four central wards grouped in one emulation cluster, two people of Cửa Nam
 * registered in this year's campaign, an initiative waiting for review, and two good examples (one published on the
 * public page, one waiting for approval). The photo is drawn here: an illustration, not a picture of anyone.
 */
@Component
class DemoRecognition {

	private final Clusters clusters;
	private final Campaigns campaigns;
	private final InitiativeSubmissions submissions;
	private final GoodExamples examples;
	private final StaffQueries staff;
	private final OrgUnitQueries units;
	private final Clock clock;

	DemoRecognition(Clusters clusters, Campaigns campaigns, InitiativeSubmissions submissions, GoodExamples examples,
			StaffQueries staff, OrgUnitQueries units, Clock clock) {
		this.clusters = clusters;
		this.campaigns = campaigns;
		this.submissions = submissions;
		this.examples = examples;
		this.staff = staff;
		this.units = units;
		this.clock = clock;
	}

	void load(long hanoi, long cuaNam) {
		LocalDate today = LocalDate.now(clock);
		Viewer officer = new Viewer("demo-officer", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		List<Long> wards = List.of("00070", "00082", "00097", "00004").stream()
			.map(code -> units.byCode(code, today).id()).toList();
		clusters.create(officer, new Clusters.NewCluster(hanoi, today.getYear(), Clusters.Kind.CLUSTER,
				"Cụm thi đua số 1 – các phường trung tâm", wards, cuaNam));

		List<StaffRow> people = staff.all(Viewer.system(), new StaffFilter(today, null, cuaNam)).stream()
			.filter(p -> p.unitId() == cuaNam).toList();
		StaffRow head = people.stream().filter(p -> p.leadership() == Leadership.HEAD).findFirst().orElseThrow();
		List<StaffRow> staffOnly = people.stream().filter(p -> p.leadership() == null).toList();
		long campaign = campaigns.visible(officer).get(0).id();
		for (int i = 0; i < 2; i++) {
			StaffRow person = staffOnly.get(10 + i);
			campaigns.registerMyself(self(person, cuaNam), campaign, i == 0 ? "CSTDCS" : "LDTT",
					"Hoàn thành xuất sắc nhiệm vụ tiếp nhận hồ sơ; không để hồ sơ trễ hạn; tham gia hội thi quy tắc ứng xử.");
		}
		StaffRow author = staffOnly.get(12);
		submissions.submit(self(author, cuaNam), new InitiativeSubmissions.NewSubmission(
				"Lịch hẹn trả kết quả qua tin nhắn cho người cao tuổi",
				"Bộ phận một cửa nhắn tin hẹn giờ trả kết quả cho người từ 70 tuổi trở lên, để họ không phải chờ.",
				today.minusMonths(3), "Giảm thời gian chờ của người cao tuổi; không còn phản ánh về việc phải đến nhiều lần."),
				List.of());

		Viewer headViewer = new Viewer("demo-head", head.fullName(), Role.UNIT_HEAD, cuaNam, units.pathOf(cuaNam),
				head.id(), false);
		long published = examples.write(headViewer, new GoodExamples.NewExample(cuaNam, GoodExamples.SubjectKind.PERSON,
				staffOnly.get(4).fullName(), "Trả lại chiếc ví cho du khách bỏ quên tại bộ phận một cửa",
				"Cuối giờ chiều, một du khách để quên chiếc ví có giấy tờ và tiền tại quầy tiếp nhận hồ sơ. Chị đã "
						+ "lập biên bản, báo lãnh đạo phường và liên hệ qua số điện thoại trong giấy tờ để trả lại "
						+ "ngay trong buổi tối. Việc làm nhỏ nhưng giữ được niềm tin của người dân và du khách với "
						+ "chính quyền phường."), List.of(DemoFiles.illustration("Một cửa", new Color(0x0b5394), new Color(0x6fa8dc))));
		examples.publish(officer, published);
		examples.write(headViewer, new GoodExamples.NewExample(cuaNam, GoodExamples.SubjectKind.GROUP,
				"Bộ phận tiếp nhận và trả kết quả phường Cửa Nam", "Một năm không có hồ sơ trễ hạn",
				"Cả bộ phận một cửa của phường giữ lịch trực, nhắc hạn nhau mỗi sáng và gọi điện cho người dân khi "
						+ "hồ sơ cần bổ sung. Trong năm, không hồ sơ nào trễ hạn và không có phản ánh nào về thái độ "
						+ "phục vụ được xác minh là đúng."), List.of(DemoFiles.illustration("Tập thể", new Color(0x38761d), new Color(0x93c47d))));
	}

	private Viewer self(StaffRow person, long unit) {
		return new Viewer("demo-" + person.staffCode(), person.fullName(), Role.STAFF, unit, units.pathOf(unit),
				person.id(), false);
	}
}
