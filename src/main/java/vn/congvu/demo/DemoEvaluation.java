package vn.congvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.evaluation.MonthlyClose;
import vn.congvu.evaluation.NewTask;
import vn.congvu.evaluation.TaskOrigin;
import vn.congvu.evaluation.Tasks;
import vn.congvu.platform.Viewer;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/**
 * Evaluation for the new Cửa Nam ward: tasks for two civil servants, and the last six months closed, so each person
 * has six scorecards computed from the demo's violations and tasks, waiting for self-assessment.
 */
@Component
class DemoEvaluation {

	private final Tasks tasks;
	private final MonthlyClose close;
	private final StaffQueries staff;
	private final Clock clock;

	DemoEvaluation(Tasks tasks, MonthlyClose close, StaffQueries staff, Clock clock) {
		this.tasks = tasks;
		this.close = close;
		this.staff = staff;
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
		for (int back = 6; back >= 1; back--) {
			close.close(system, cuaNam, month.minusMonths(back), null);
		}
	}
}
