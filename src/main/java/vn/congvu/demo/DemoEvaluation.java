package vn.congvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.evaluation.Calibration;
import vn.congvu.evaluation.MonthlyClose;
import vn.congvu.evaluation.ScorecardQueries;
import vn.congvu.evaluation.ScorecardStatus;
import vn.congvu.evaluation.ScorecardView;
import vn.congvu.evaluation.Scorecards;
import vn.congvu.evaluation.NewTask;
import vn.congvu.evaluation.TaskOrigin;
import vn.congvu.evaluation.Tasks;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Evaluation for the new Cửa Nam ward: tasks for two civil servants, and the last eight months closed from the demo's
 * violations and tasks. All but the last went through the whole workflow (self-assessment, the supervisor's review,
 * the head's approval; a few people rated excellent within the quota, one month of maternity leave), so the annual
 * list has something to classify; the last month waits for self-assessment.
 */
@Component
class DemoEvaluation {

	static final int MONTHS = 8;

	private final Tasks tasks;
	private final MonthlyClose close;
	private final Scorecards scorecards;
	private final ScorecardQueries queries;
	private final Calibration calibration;
	private final StaffQueries staff;
	private final OrgUnitQueries units;
	private final Clock clock;

	DemoEvaluation(Tasks tasks, MonthlyClose close, Scorecards scorecards, ScorecardQueries queries,
			Calibration calibration, StaffQueries staff, OrgUnitQueries units, Clock clock) {
		this.tasks = tasks;
		this.close = close;
		this.scorecards = scorecards;
		this.queries = queries;
		this.calibration = calibration;
		this.staff = staff;
		this.units = units;
		this.clock = clock;
	}

	void load(long cuaNam) {
		Viewer system = Viewer.system();
		LocalDate today = LocalDate.now(clock);
		List<StaffRow> people = staff.page(system, new StaffFilter(today, null, cuaNam), 0, 200).rows().stream()
			.filter(s -> s.leadership() == null).limit(2).toList();
		String[][] work = { { "Rà soát, niêm yết lại thủ tục hành chính tại bộ phận một cửa",
				"Bảng niêm yết cập nhật và biên bản kiểm tra" },
				{ "Tổng hợp phản ánh của người dân quý IV", "Báo cáo tổng hợp gửi Chủ tịch UBND phường" } };
		for (int i = 0; i < people.size(); i++) {
			tasks.assign(system, new NewTask(cuaNam, people.get(i).staffCode(), List.of(), work[i][0], work[i][1],
					"Tiếp nhận\nThực hiện\nBáo cáo kết quả", TaskOrigin.DIRECTIVE, "Chỉ đạo tại giao ban tuần",
					today.plusDays(10 + 5 * i)));
		}
		YearMonth month = YearMonth.now(clock);
		List<StaffRow> everyone = staff.all(system, new StaffFilter(today, null, cuaNam));
		StaffRow head = everyone.stream().filter(s -> s.leadership() == Leadership.HEAD).findFirst().orElseThrow();
		Viewer headViewer = new Viewer("demo-head", head.fullName(), Role.UNIT_HEAD, cuaNam, units.pathOf(cuaNam),
				head.id(), false);
		Viewer cityLeader = new Viewer("demo-leader", "Lãnh đạo UBND Thành phố", Role.LEADER, null, "/", null, false);
		for (int back = MONTHS; back >= 1; back--) {
			close.close(system, cuaNam, month.minusMonths(back), null);
			if (back > 1) {
				runWorkflow(cuaNam, month.minusMonths(back), back, headViewer, cityLeader, everyone);
			}
		}
	}

	/** Everyone self-assesses and is reviewed; about one in nine claims "excellent" with a reason; then approval. */
	private void runWorkflow(long cuaNam, YearMonth month, int back, Viewer head, Viewer cityLeader,
			List<StaffRow> everyone) {
		List<ScorecardView.Card> cards = queries.ofUnit(head, cuaNam, month);
		if (cards.isEmpty()) {
			return; // a month before the ward existed (it was formed on 01/07/2025)
		}
		for (int i = 0; i < cards.size(); i++) {
			ScorecardView.Card card = cards.get(i);
			ScorecardView view = queries.find(Viewer.system(), card.id());
			if (back == 4 && i == cards.size() - 1 && !card.leader()) {
				scorecards.markAbsent(head, card.id(), "Nghỉ chế độ thai sản cả tháng");
				continue;
			}
			Scorecards.Points suggested = new Scorecards.Points(card.generalPoints(), card.resultsPoints(),
					card.bonusPoints());
			boolean claims = (i + back) % 9 == 0 && !card.disciplined();
			Scorecards.Points points = claims ? new Scorecards.Points(card.generalPoints(),
					view.rules().resultsPoints(), card.bonusPoints()) : suggested;
			scorecards.selfAssess(person(card.staffId(), everyone), card.id(), points,
					claims ? "Hoàn thành vượt tiến độ toàn bộ việc được giao trong tháng" : "");
			Viewer reviewer = card.supervisorStaffId() == null ? cityLeader : person(card.supervisorStaffId(), everyone);
			scorecards.review(reviewer, card.id(), points, "");
		}
		keepWithinQuota(cuaNam, month, head, cityLeader);
		calibration.approve(head, cuaNam, month, false);
		if (queries.ofUnit(head, cuaNam, month).stream().anyMatch(c -> c.status() == ScorecardStatus.REVIEWED)) {
			calibration.approve(cityLeader, cuaNam, month, false); // the head's own scorecard, a level up
		}
	}

	/** As a head would: those nearest the line come down to "good" until no group exceeds its cap. */
	private void keepWithinQuota(long cuaNam, YearMonth month, Viewer head, Viewer cityLeader) {
		for (int round = 0; round < 10; round++) {
			List<ScorecardView.Card> over = calibration.of(head, cuaNam, month, false).groups().stream()
				.filter(g -> g.quota().exceeded())
				.flatMap(g -> g.nearestTheLine().stream().limit(g.quota().over())).distinct().toList();
			if (over.isEmpty()) {
				return;
			}
			for (ScorecardView.Card card : over) {
				ScorecardView view = queries.find(Viewer.system(), card.id());
				java.math.BigDecimal results = view.rules().resultsPoints().multiply(new java.math.BigDecimal("0.8"))
					.setScale(2, java.math.RoundingMode.HALF_UP);
				scorecards.adjust(head.isStaff(card.staffId()) ? cityLeader : head, card.id(),
						new Scorecards.Points(card.generalPoints(), results, card.bonusPoints()),
						"Điều chỉnh để bảo đảm tỷ lệ hoàn thành xuất sắc theo quy định");
			}
		}
	}

	private static Viewer person(long staffId, List<StaffRow> everyone) {
		String name = everyone.stream().filter(s -> s.id() == staffId).map(StaffRow::fullName).findFirst()
			.orElse("Cán bộ");
		return new Viewer("demo-staff", name, Role.STAFF, null, "/", staffId, false);
	}
}
