package vn.congvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.emulation.AnnualRounds;
import vn.congvu.emulation.Councils;
import vn.congvu.emulation.Initiatives;
import vn.congvu.emulation.Proposals;
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
	private final Initiatives initiatives;
	private final AnnualRounds rounds;
	private final Councils councils;
	private final Proposals proposals;
	private final StaffQueries staff;
	private final OrgUnitQueries units;
	private final Accounts accounts;
	private final Clock clock;

	DemoEmulation(AnnualClassifications annual, Initiatives initiatives, AnnualRounds rounds, Councils councils,
			Proposals proposals, StaffQueries staff, OrgUnitQueries units, Accounts accounts, Clock clock) {
		this.annual = annual;
		this.initiatives = initiatives;
		this.rounds = rounds;
		this.councils = councils;
		this.proposals = proposals;
		this.staff = staff;
		this.units = units;
		this.accounts = accounts;
		this.clock = clock;
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
				"GRASSROOTS", LocalDate.of(year, 10, 15), "Hội đồng sáng kiến phường Cửa Nam", "15/QĐ-HĐSK");
		rounds.run(officer, hanoi, year, null);

		List<Long> members = new ArrayList<>();
		members.add(head.id());
		accounts.staffIdOf("phuongcuanam").ifPresent(members::add);
		people.stream().filter(p -> p.leadership() != null && p.id() != head.id()).limit(2).forEach(p -> members.add(p.id()));
		people.stream().filter(p -> p.leadership() == null && !members.contains(p.id())).limit(5 - members.size())
			.forEach(p -> members.add(p.id()));
		long council = councils.create(officer, cuaNam, "Hội đồng Thi đua – Khen thưởng phường Cửa Nam",
				members.stream().distinct().toList(), head.id());
		// in a month when the year has too few approved months, nobody qualifies: the demo then proposes nobody
		int proposed = propose(headViewer, year, "CSTDCS", inventor.id(),
				"Sáng kiến số hóa sổ theo dõi hồ sơ một cửa giúp giảm thời gian tra cứu; hoàn thành tốt mọi nhiệm vụ trong năm.");
		for (StaffRow p : people.stream().filter(p -> p.leadership() == null && p.id() != inventor.id()).skip(6).limit(2)
			.toList()) {
			proposed += propose(headViewer, year, "LDTT", p.id(),
					"Hoàn thành tốt nhiệm vụ tiếp nhận hồ sơ tại bộ phận một cửa, không để hồ sơ trễ hạn.");
		}
		if (proposed > 0) {
			councils.openSession(officer, council, today);
		}
	}

	private int propose(Viewer head, int year, String title, long person, String achievements) {
		try {
			proposals.propose(head, year, title, person, achievements);
			return 1;
		}
		catch (vn.congvu.shared.InvalidInputException notEligible) {
			return 0;
		}
	}
}
