package vn.congvu.staff.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.congvu.platform.Viewer;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;

/**
 * Người theo tên: the forms that name people by staff code (a task's owner, a council, a team, a violation) offer a
 * search by name beside the code, without diacritics ("nguyen van an" finds "Nguyễn Văn An"), among the people of
 * the viewer's scope. The page's script fills the code in; typing the code still works without it.
 */
@Controller
class PeopleSearchController {

	private final StaffQueries staff;
	private final Clock clock;

	PeopleSearchController(StaffQueries staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	/** A person as the search lists them. */
	record Found(String code, String name, String unit) {
	}

	@GetMapping(value = "/staff/search.json", produces = "application/json")
	@ResponseBody
	List<Found> search(Viewer viewer, @RequestParam(defaultValue = "") String q) {
		if (q.strip().length() < 2) {
			return List.of();
		}
		return staff.page(viewer, new StaffFilter(LocalDate.now(clock), q.strip(), null), 0, 10).rows().stream()
			.map(row -> new Found(row.staffCode(), row.fullName(), row.unitName())).toList();
	}
}
