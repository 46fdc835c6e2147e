package vn.congvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.emulation.AnnualRounds;
import vn.congvu.emulation.Campaigns;
import vn.congvu.emulation.Councils;
import vn.congvu.emulation.Eligibility;
import vn.congvu.emulation.Initiatives;
import vn.congvu.emulation.Proposals;
import vn.congvu.emulation.Quizzes;
import vn.congvu.evaluation.AnnualClassifications;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Emulation for Cửa Nam: the year's annual list approved by the head, an initiative recognised, the year-end round
 * run for the city, the ward's emulation council (the demo civil servant among its members), and two proposals put
 * to an open session, so a council member can vote and an officer can count and issue the decision.
 */
@Component
class DemoEmulation {

	private final AnnualClassifications annual;
	private final Campaigns campaigns;
	private final Quizzes quizzes;
	private final Initiatives initiatives;
	private final AnnualRounds rounds;
	private final Eligibility eligibility;
	private final Councils councils;
	private final DemoLogins logins;
	private final Proposals proposals;
	private final StaffQueries staff;
	private final OrgUnitQueries units;
	private final Accounts accounts;
	private final Clock clock;

	DemoEmulation(AnnualClassifications annual, Campaigns campaigns, Quizzes quizzes, Initiatives initiatives, AnnualRounds rounds, Eligibility eligibility, Councils councils, DemoLogins logins,
			Proposals proposals, StaffQueries staff, OrgUnitQueries units, Accounts accounts, Clock clock) {
		this.annual = annual;
		this.campaigns = campaigns;
		this.quizzes = quizzes;
		this.initiatives = initiatives;
		this.rounds = rounds;
		this.eligibility = eligibility;
		this.councils = councils;
		this.logins = logins;
		this.proposals = proposals;
		this.staff = staff;
		this.units = units;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The seed's campaign, launched by the former district on 02/07/2019 (a record of the past), and this year's
	 * campaign of the city for the new wards: registrations with commitments, and a mid-term review that ranks them.
	 */
	void loadCampaigns(long hanoi) {
		Viewer officer = new Viewer("demo-officer", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		List<Campaigns.NewCriterion> criteria = List.of(
				new Campaigns.NewCriterion("Quán triệt hai bộ quy tắc ứng xử đến toàn bộ cán bộ, công chức", new java.math.BigDecimal(20)),
				new Campaigns.NewCriterion("Chấp hành kỷ luật, kỷ cương hành chính; không vi phạm quy tắc ứng xử", new java.math.BigDecimal(25)),
				new Campaigns.NewCriterion("Văn hóa công sở: trang phục, giao tiếp, quy chế làm việc", new java.math.BigDecimal(20)),
				new Campaigns.NewCriterion("Hội thi, hội diễn; nhân rộng gương điển hình, người tốt việc tốt", new java.math.BigDecimal(15)),
				new Campaigns.NewCriterion("Sự hài lòng của người dân đến giao dịch", new java.math.BigDecimal(20)));
		long district = units.byCode("002", LocalDate.of(2019, 7, 2)).id();
		campaigns.launch(officer, new Campaigns.NewCampaign(district,
				"Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở và nơi công cộng",
				"Tạo chuyển biến về kỷ cương hành chính và văn hóa công sở; thực hiện nghiêm hai bộ quy tắc ứng xử của "
						+ "Thành phố; nhân rộng gương điển hình.",
				"Luật Thi đua, khen thưởng; Quy tắc ứng xử của Thành phố Hà Nội", "Phát động tại hội nghị ngày 02/7/2019",
				LocalDate.of(2019, 7, 2), LocalDate.of(2019, 7, 2), LocalDate.of(2020, 12, 31), criteria));
		int year = LocalDate.now(clock).getYear();
		LocalDate start = LocalDate.of(year, 1, 15);
		long current = campaigns.launch(officer, new Campaigns.NewCampaign(hanoi,
				"Thi đua thực hiện văn hóa công sở năm " + year,
				"Duy trì kỷ cương hành chính ở các phường mới sau sắp xếp; 100% cán bộ xác nhận quy tắc ứng xử; "
						+ "chỉ số hài lòng từ 90% trở lên.",
				"Luật Thi đua, khen thưởng số 06/2022/QH15", "Kế hoạch phát động thi đua năm " + year,
				start, start, LocalDate.of(year, 12, 31), criteria));
		Campaigns.View view = campaigns.view(officer, current);
		LocalDate today = LocalDate.now(clock);
		LocalDate midterm = LocalDate.of(year, 7, 10);
		int n = 0;
		for (String code : List.of("00070", "00082", "00097", "00004")) {
			long ward = units.byCode(code, today).id();
			campaigns.register(officer, current, ward, "Không để cán bộ vi phạm quy tắc ứng xử; niêm yết đầy đủ thủ tục; "
					+ "tổ chức hội thi tìm hiểu quy tắc ứng xử trong quý III.");
			if (!midterm.isAfter(today)) {
				java.util.Map<Long, java.math.BigDecimal> points = new java.util.HashMap<>();
				for (Campaigns.Criterion criterion : view.criteria()) {
					points.put(criterion.id(), criterion.maxPoints().subtract(java.math.BigDecimal.valueOf((n + criterion.position()) % 4)));
				}
				campaigns.score(officer, current, "MIDTERM", midterm, ward, points, "Báo cáo sơ kết 6 tháng của phường");
			}
			n++;
		}
	}

	/** A quiz on the staff code of conduct, open for a month from today, for every ward of the city. */
	void loadQuiz(long hanoi) {
		Viewer officer = new Viewer("demo-officer", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		quizzes.create(officer, hanoi, "Hội thi tìm hiểu quy tắc ứng xử của cán bộ, công chức",
				"Quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động trong các cơ quan thuộc Thành phố",
				today, today.plusDays(30), 5, 600, List.of(
						new Quizzes.NewQuestion("Khi người dân đến làm thủ tục, việc đầu tiên cán bộ làm là gì?",
								List.of("Chào hỏi, giới thiệu tên và hỏi nhu cầu", "Yêu cầu xuất trình giấy tờ ngay",
										"Chỉ dẫn sang bàn khác"), 1),
						new Quizzes.NewQuestion("Cán bộ có được nhận quà của người dân khi đang giải quyết hồ sơ của họ?",
								List.of("Được, nếu quà có giá trị nhỏ", "Không được", "Được, nếu nhận sau giờ làm"), 2),
						new Quizzes.NewQuestion("Hồ sơ giải quyết trễ hạn thì bộ phận một cửa phải làm gì?",
								List.of("Không cần báo", "Gửi thư xin lỗi và hẹn lại thời gian trả kết quả",
										"Đề nghị người dân nộp lại hồ sơ"), 2),
						new Quizzes.NewQuestion("Trong giờ làm việc, cán bộ cần làm gì để người dân nhận biết?",
								List.of("Đeo thẻ công chức", "Mặc trang phục tự chọn", "Không cần gì"), 1),
						new Quizzes.NewQuestion("Khi người dân phản ánh thái độ của cán bộ, đơn vị nên làm gì?",
								List.of("Bỏ qua nếu không có chứng cứ", "Tiếp nhận, xác minh và trả lời người phản ánh",
										"Yêu cầu người dân rút phản ánh"), 2),
						new Quizzes.NewQuestion("Ở nơi công cộng, cán bộ, công chức cần làm gì?",
								List.of("Giữ gìn vệ sinh chung và nêu gương", "Chỉ tuân thủ trong giờ làm việc",
										"Không có quy định riêng"), 1)));
	}

	void load(long hanoi, long cuaNam) {
		LocalDate today = LocalDate.now(clock);
		int year = YearMonth.now(clock).minusMonths(2).getYear();
		List<StaffRow> people = staff.all(Viewer.system(), new StaffFilter(today, null, cuaNam)).stream()
			.filter(p -> p.unitId() == cuaNam).toList();
		StaffRow head = people.stream().filter(p -> p.leadership() == Leadership.HEAD).findFirst().orElseThrow();
		Viewer headViewer = new Viewer("demo-head", head.fullName(), Role.UNIT_HEAD, cuaNam, units.pathOf(cuaNam),
				head.id(), false);
		annual.approve(headViewer, cuaNam, year);
		Viewer officer = new Viewer("demo-officer", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		StaffRow inventor = people.stream().filter(p -> p.leadership() == null).skip(3).findFirst().orElseThrow();
		initiatives.recognize(officer, inventor.id(), "Số hóa sổ theo dõi hồ sơ một cửa bằng mã QR",
				"GRASSROOTS", java.util.Collections.min(List.of(LocalDate.of(year, 10, 15), today)), "Hội đồng sáng kiến phường Cửa Nam", "15/QĐ-HĐSK");
		rounds.run(officer, hanoi, year, null);

		List<Long> members = new ArrayList<>();
		members.add(head.id());
		accounts.staffIdOf("phuongcuanam").ifPresent(members::add);
		people.stream().filter(p -> p.leadership() != null && p.id() != head.id()).limit(2).forEach(p -> members.add(p.id()));
		people.stream().filter(p -> p.leadership() == null && !members.contains(p.id())).limit(5 - members.size())
			.forEach(p -> members.add(p.id()));
		long council = councils.create(officer, cuaNam, "Hội đồng Thi đua – Khen thưởng phường Cửa Nam",
				members.stream().distinct().toList(), head.id());
		int seat = 0;
		for (long member : members.stream().distinct().toList()) { // every member can sign in and vote
			if (logins.createFor(member, "thiduacuanam" + (seat + 1), "Thành viên Hội đồng Thi đua phường Cửa Nam (demo)",
					Role.STAFF, cuaNam)) {
				seat++;
			}
		}
		// proposals only for those the round found eligible (early in a year, too few approved months: nobody)
		Eligibility.UnitView verdicts = eligibility.ofUnit(officer, cuaNam, year);
		List<Long> cstdcs = eligible(verdicts, "CSTDCS");
		List<Long> ldtt = eligible(verdicts, "LDTT").stream().filter(id -> !cstdcs.contains(id)).skip(6).limit(2).toList();
		for (long person : cstdcs.stream().limit(1).toList()) {
			proposals.propose(headViewer, year, "CSTDCS", person, "Sáng kiến số hóa sổ theo dõi hồ sơ một cửa giúp giảm "
					+ "thời gian tra cứu; hoàn thành tốt mọi nhiệm vụ trong năm.");
		}
		for (long person : ldtt) {
			proposals.propose(headViewer, year, "LDTT", person,
					"Hoàn thành tốt nhiệm vụ tiếp nhận hồ sơ tại bộ phận một cửa, không để hồ sơ trễ hạn.");
		}
		if (!cstdcs.isEmpty() || !ldtt.isEmpty()) {
			councils.openSession(officer, council, today);
		}
	}

	private static List<Long> eligible(Eligibility.UnitView view, String title) {
		return view.people().stream().filter(p -> p.verdicts().get(title) != null && p.verdicts().get(title).eligible())
			.map(Eligibility.Subject::id).toList();
	}
}
