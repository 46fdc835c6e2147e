package vn.congvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.congvu.conduct.codes.CodeOfConductView;
import vn.congvu.conduct.codes.CodeOfConductView.Article;
import vn.congvu.conduct.codes.CodesOfConduct;
import vn.congvu.conduct.inspections.InspectionKind;
import vn.congvu.conduct.inspections.Inspections;
import vn.congvu.conduct.inspections.InspectionTeams;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationHandling;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.ViolationStatus;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Hà Nội's two codes of conduct (Decisions 522/QĐ-UBND and 1665/QĐ-UBND of 2017), as short summaries written for the
 * demo, given to the four new wards, with about three in four of their staff having confirmed.
 */
@Component
class DemoConduct {

	private static final String CH1 = "Chương I. Quy định chung";
	private static final String CH2 = "Chương II. Chuẩn mực ứng xử trong thực thi công vụ";
	private static final String CH3 = "Chương III. Ứng xử với nhân dân và nơi công cộng";
	private static final String CH4 = "Chương IV. Tổ chức thực hiện";

	private final CodesOfConduct codes;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final Accounts accounts;
	private final Inspections inspections;
	private final InspectionTeams teams;
	private static final Viewer SYSTEM = Viewer.system();
	private final Violations violations;
	private final Clock clock;
	private final Random random = new Random(522L);

	DemoConduct(CodesOfConduct codes, OrgUnitQueries units, StaffQueries staff, Accounts accounts,
			Inspections inspections, InspectionTeams teams, Violations violations, Clock clock) {
		this.inspections = inspections;
		this.teams = teams;
		this.violations = violations;
		this.codes = codes;
		this.units = units;
		this.staff = staff;
		this.accounts = accounts;
		this.clock = clock;
	}

	void load() {
		long officials = codes.create(SYSTEM, new CodeOfConductView(0, "QD522-2017",
				"Quy tắc ứng xử của cán bộ, công chức, viên chức, người lao động trong các cơ quan thuộc thành phố Hà Nội",
				"Quyết định 522/QĐ-UBND", LocalDate.of(2017, 1, 25), "STAFF", LocalDate.of(2017, 1, 25), null, List.of(
						new Article(CH1, 1, "Phạm vi, đối tượng", "Áp dụng cho mọi người làm việc trong các cơ quan, đơn vị của Thành phố.").general(),
						new Article(CH1, 2, "Nguyên tắc", "Kỷ cương, trách nhiệm, tận tình, thân thiện là tinh thần chung của quy tắc.").general(),
						new Article(CH2, 3, "Giờ làm việc", "Đến và về đúng giờ; không bỏ vị trí, không làm việc riêng trong giờ."),
						new Article(CH2, 4, "Trang phục, tác phong", "Ăn mặc gọn gàng, đeo thẻ công chức; nói năng lịch sự, đúng mực."),
						new Article(CH2, 5, "Ý thức tổ chức, kỷ luật", "Chấp hành sự phân công; không hút thuốc, uống rượu bia nơi làm việc."),
						new Article(CH2, 6, "Sử dụng tài sản công", "Dùng xe, trang thiết bị đúng mục đích, tiết kiệm, không dùng vào việc riêng."),
						new Article(CH3, 7, "Khi giải quyết công việc của người dân", "Hướng dẫn đầy đủ một lần; không gây khó khăn, phiền hà."),
						new Article(CH3, 8, "Những điều không được làm", "Không nhận tiền, quà; không hẹn gặp ngoài cơ quan; không đe dọa người dân."),
						new Article(CH3, 9, "Ở nơi cư trú và nơi công cộng", "Gương mẫu; tổ chức hiếu, hỷ, mừng thọ giản dị, không phô trương."),
						new Article(CH4, 10, "Trách nhiệm thực hiện", "Thủ trưởng đơn vị phổ biến quy tắc, niêm yết tại nơi làm việc, kiểm tra việc thực hiện.").general(),
						new Article(CH4, 11, "Khen thưởng, xử lý vi phạm", "Thực hiện tốt được xem xét khen thưởng; vi phạm bị xử lý theo quy định.").general())));
		codes.create(SYSTEM, new CodeOfConductView(0, "QD1665-2017", "Quy tắc ứng xử nơi công cộng trên địa bàn thành phố Hà Nội",
				"Quyết định 1665/QĐ-UBND", LocalDate.of(2017, 3, 10), "PUBLIC", LocalDate.of(2017, 3, 10), null, List.of(
						new Article(CH1, 1, "Mục đích", "Hướng dẫn, không cưỡng chế: xây dựng nếp sống văn minh nơi công cộng.").general(),
						new Article(CH2, 2, "Những việc nên làm (7 điều)", "Chấp hành nội quy, giữ gìn không gian chung, lịch sự, ăn mặc phù hợp, giúp người yếu thế, bảo vệ môi trường."),
						new Article(CH2, 3, "Những việc không nên làm (11 điều)", "Không gây ồn ào, mất trật tự; không nói tục, xả rác, hút thuốc, khạc nhổ; không xâm hại cây xanh."),
						new Article(CH4, 4, "Tổ chức thực hiện", "Phổ biến đến từng hộ gia đình, niêm yết tại nhà văn hóa, nơi công cộng.").general())));
		LocalDate assignedOn = LocalDate.of(2025, 7, 15);
		LocalDate today = LocalDate.now(clock);
		for (String code : HoanKiemUnits.NEW_WARDS.keySet().stream().sorted().toList()) {
			long ward = units.byCode(code, HoanKiemUnits.REFORM).id();
			codes.assign(SYSTEM, officials, ward, assignedOn);
			List<StaffRow> people = staff.page(SYSTEM, new StaffFilter(today, null, ward), 0, 1000).rows();
			for (StaffRow person : people) {
				if (random.nextInt(4) > 0) {
					codes.acknowledge(asStaff(person), officials);
				}
			}
		}
		long cuaNam = units.byCode("00082", HoanKiemUnits.REFORM).id();
		codes.pending(new Viewer("demo", "Demo", Role.HOME_AFFAIRS_OFFICER, cuaNam, units.pathOf(cuaNam), null, true), officials).stream().findFirst()
			.ifPresent(p -> accounts.linkStaff("phuongcuanam", p.staffId()));
		inspections(today);
		earlierViolations(today);
	}

	/**
	 * A year of violations already handled, as a ward's register would have them: mostly lateness, dress and attitude
	 * at the one-stop desk, a few more serious ones, so the dashboard shows a trend.
	 */
	private void earlierViolations(LocalDate today) {
		List<CodesOfConduct.ArticleChoice> articles = codes.staffArticles(today);
		String[] what = { "Đến muộn, về sớm không có lý do", "Không đeo thẻ công chức khi làm việc",
				"Thái độ thiếu niềm nở với người dân tại bộ phận một cửa", "Yêu cầu bổ sung hồ sơ quá một lần",
				"Làm việc riêng trong giờ hành chính", "Hẹn trả kết quả muộn hơn quy định" };
		int[] articleOf = { 2, 3, 6, 6, 2, 6 }; // indexes into the 522 code's articles (Điều 3, 4, 7)
		List<NewViolation> earlier = new java.util.ArrayList<>();
		for (String code : HoanKiemUnits.NEW_WARDS.keySet().stream().sorted().toList()) {
			long ward = units.byCode(code, HoanKiemUnits.REFORM).id();
			List<StaffRow> people = staff.page(SYSTEM, new StaffFilter(today, null, ward), 0, 200).rows();
			int count = 20 + random.nextInt(25);
			for (int i = 0; i < count; i++) {
				int kind = random.nextInt(what.length);
				LocalDate day = today.minusDays(20 + random.nextInt(330));
				ViolationSeverity severity = random.nextInt(12) == 0 ? ViolationSeverity.SERIOUS : ViolationSeverity.MINOR;
				Long person = random.nextInt(5) == 0 ? null : people.get(random.nextInt(people.size())).id();
				earlier.add(new NewViolation(ward, person, articles.get(articleOf[kind]).id(), severity, what[kind],
						"REGISTER", null, day.isBefore(HoanKiemUnits.REFORM) ? HoanKiemUnits.REFORM : day));
			}
		}
		violations.loadEarlier(SYSTEM, earlier, ViolationStatus.HANDLED, ViolationHandling.REMINDER);
	}

	/**
	 * Three standing teams, each led by one of the former district's vice chairmen (now in the new wards), as in
	 * 2019; each covers wards other than its leader's. One surprise visit is planned, unseen by the ward.
	 */
	private void inspections(LocalDate today) {
		long hoanKiem = units.byCode("00070", HoanKiemUnits.REFORM).id();
		long cuaNam = units.byCode("00082", HoanKiemUnits.REFORM).id();
		long hongHa = units.byCode("00097", HoanKiemUnits.REFORM).id();
		long baDinh = units.byCode("00004", HoanKiemUnits.REFORM).id();
		long leader1 = leader("HK00002");
		List<Long> members1 = staff.page(SYSTEM, new StaffFilter(today, null, baDinh), 0, 3).rows().stream()
			.map(StaffRow::id).filter(id -> id != leader1).limit(2).toList();
		long team1 = teams.create(SYSTEM, "Đoàn kiểm tra công vụ số 1", leader1, members1, List.of(cuaNam, hongHa));
		accounts.linkStaff("kiemtra", members1.get(0));
		accounts.linkStaff("lanhdao", leader1);
		long team2 = teams.create(SYSTEM, "Đoàn kiểm tra công vụ số 2", leader("HK00003"), List.of(),
				List.of(hoanKiem, baDinh));
		teams.create(SYSTEM, "Đoàn kiểm tra công vụ số 3", leader("HK00004"), List.of(),
				List.of(hoanKiem, cuaNam, baDinh));
		inspections.plan(SYSTEM, team1, cuaNam, InspectionKind.REGULAR, "Giờ giấc làm việc, trang phục, thẻ công chức",
				today.plusDays(7));
		inspections.plan(SYSTEM, team1, cuaNam, InspectionKind.SURPRISE, "Thái độ phục vụ tại bộ phận một cửa",
				today.plusDays(3));
		inspections.plan(SYSTEM, team2, hoanKiem, InspectionKind.REGULAR, "Niêm yết quy tắc ứng xử, thủ tục hành chính",
				today.plusDays(14));
	}

	/** The staff member as a viewer of their own, to confirm having read a code. */
	private static Viewer asStaff(StaffRow person) {
		return new Viewer("demo-" + person.staffCode(), person.fullName(), Role.STAFF, person.unitId(), "/", person.id(),
				false);
	}

	private long leader(String staffCode) {
		return staff.page(SYSTEM, new StaffFilter(LocalDate.now(clock), staffCode, null), 0, 1).rows().get(0).id();
	}
}
