package vn.congvu.conduct.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.FormOutcome;
import vn.congvu.conduct.Inspections;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.CurrentUser;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/** Standing inspection teams: Home Affairs sets up a team with its leader, members (by staff code) and units. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','LEADER','HOME_AFFAIRS_OFFICER')")
class InspectionTeamController {

	private final Inspections inspections;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final Clock clock;

	InspectionTeamController(Inspections inspections, OrgUnitQueries units, StaffQueries staff, Clock clock) {
		this.inspections = inspections;
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/conduct/teams")
	String list(Model model) {
		model.addAttribute("teams", inspections.teamDetails());
		model.addAttribute("unitChoices", units.tree(LocalDate.now(clock), CurrentUser.get().scopeUnitId()));
		return "conduct/team-list";
	}

	@PostMapping("/conduct/teams")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String leaderCode,
			@RequestParam(defaultValue = "") String memberCodes,
			@RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "team", "saved", () -> {
			LocalDate today = LocalDate.now(clock);
			if (leaderCode.isBlank()) {
				throw new InvalidInputException("team.leaderRequired");
			}
			long leader = person(leaderCode, today);
			List<Long> members = new ArrayList<>();
			for (String code : Arrays.stream(memberCodes.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList()) {
				members.add(person(code, today));
			}
			List<Long> covered = unitIds == null ? List.of() : unitIds;
			for (long unit : covered) {
				if (!units.inScope(unit, CurrentUser.get().scopeUnitId())) {
					throw new InvalidInputException("violation.unitOutOfScope");
				}
			}
			inspections.createTeam(name.strip(), leader, members, covered, today);
		});
		return "redirect:/conduct/teams";
	}

	@PostMapping("/conduct/teams/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(defaultValue = "") String staffCode,
			RedirectAttributes redirect) {
		return act(redirect, () -> inspections.addMember(id, person(staffCode, LocalDate.now(clock))));
	}

	@PostMapping("/conduct/teams/{id}/members/{staffId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long staffId, RedirectAttributes redirect) {
		return act(redirect, () -> inspections.removeMember(id, staffId));
	}

	@PostMapping("/conduct/teams/{id}/end")
	String end(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> inspections.endTeam(id));
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		FormOutcome.attempt(redirect, "team", "saved", action);
		return "redirect:/conduct/teams";
	}

	private long person(String code, LocalDate today) {
		if (code.isBlank()) {
			throw new InvalidInputException("team.staffCodeRequired");
		}
		String wanted = code.strip();
		return staff.page(new StaffFilter(today, wanted, null), null, 0, 5).rows().stream()
			.filter(s -> s.staffCode().equalsIgnoreCase(wanted)).map(StaffRow::id).findFirst()
			.orElseThrow(() -> new InvalidInputException("team.unknownStaff", wanted));
	}
}
