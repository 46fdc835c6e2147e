package vn.congvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.portal.Polls;

/** The seed page's poll, open for a month on the city's portal, with a few demo votes already cast. */
@Component
class DemoPortal {

	private final Polls polls;
	private final OrgUnitQueries units;
	private final Clock clock;

	DemoPortal(Polls polls, OrgUnitQueries units, Clock clock) {
		this.polls = polls;
		this.units = units;
		this.clock = clock;
	}

	void load(long hanoi) {
		Viewer officer = new Viewer("demo-officer", "Cán bộ Sở Nội vụ (demo)", Role.HOME_AFFAIRS_OFFICER, hanoi,
				units.pathOf(hanoi), null, false);
		LocalDate today = LocalDate.now(clock);
		long poll = polls.create(officer, new Polls.NewPoll(hanoi,
				"Theo bạn Hà Nội có nên xây dựng thành phố thông minh hay không?", List.of("Có", "Không", "Chưa có ý kiến"),
				today.minusDays(7), today.plusDays(30), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE));
		List<Polls.Option> options = polls.view(poll, null).options();
		for (int i = 0; i < 40; i++) { // invented demo votes, as if from forty browsers
			polls.vote(poll, "demo:" + i, false, options.get(i % 7 < 5 ? 0 : i % 7 == 5 ? 1 : 2).id());
		}
	}
}
