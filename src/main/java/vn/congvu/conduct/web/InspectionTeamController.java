package vn.congvu.conduct.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.inspections.InspectionTeams;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;

/** Standing inspection teams: Home Affairs sets up a team with its leader, members (by staff code) and units. */
@Controller
class InspectionTeamController {

	private final InspectionTeams teams;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final Clock clock;

	InspectionTeamController(InspectionTeams teams, OrgUnitQueries units, StaffQueries staff, Clock clock) {
		this.teams = teams;
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/conduct/teams")
	String list(Viewer viewer, Model model) {
		model.addAttribute("teams", teams.details(viewer));
		model.addAttribute("unitChoices", units.tree(viewer, LocalDate.now(clock)));
		return "conduct/team-list";
	}

	@PostMapping("/conduct/teams")
	String create(Viewer viewer, @Valid InspectionTeamForms.Create form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "team", "saved", () -> {
			LocalDate today = LocalDate.now(clock);
			if (form.leaderCode().isBlank()) {
				throw new InvalidInputException("team.leaderRequired");
			}
			long leader = person(viewer, form.leaderCode(), today);
			List<Long> members = new ArrayList<>();
			for (String code : Arrays.stream(form.memberCodes().split("[,;\\s]+")).filter(c -> !c.isBlank()).toList()) {
				members.add(person(viewer, code, today));
			}
			teams.create(viewer, form.name(), leader, members, form.unitIds() == null ? List.of() : form.unitIds());
		});
		return "redirect:/conduct/teams";
	}

	@PostMapping("/conduct/teams/{id}/members")
	String addMember(Viewer viewer, @PathVariable long id, @Valid InspectionTeamForms.AddMember form,
			RedirectAttributes redirect) {
		return act(redirect, () -> teams.addMember(viewer, id, person(viewer, form.staffCode(), LocalDate.now(clock))));
	}

	@PostMapping("/conduct/teams/{id}/members/{staffId}/remove")
	String removeMember(Viewer viewer, @PathVariable long id, @PathVariable long staffId,
			RedirectAttributes redirect) {
		return act(redirect, () -> teams.removeMember(viewer, id, staffId));
	}

	@PostMapping("/conduct/teams/{id}/end")
	String end(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> teams.end(viewer, id));
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		FormOutcome.attempt(redirect, "team", "saved", action);
		return "redirect:/conduct/teams";
	}

	private long person(Viewer viewer, String code, LocalDate today) {
		if (code.isBlank()) {
			throw new InvalidInputException("team.staffCodeRequired");
		}
		String wanted = code.strip();
		return staff.page(viewer, new StaffFilter(today, wanted, null), 0, 5).rows().stream()
			.filter(s -> s.staffCode().equalsIgnoreCase(wanted)).map(StaffRow::id).findFirst()
			.orElseThrow(() -> new InvalidInputException("team.unknownStaff", wanted));
	}
}
