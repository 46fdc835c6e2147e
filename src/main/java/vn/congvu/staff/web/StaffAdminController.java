package vn.congvu.staff.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.Gender;
import vn.congvu.staff.Leadership;
import vn.congvu.staff.NewStaffMember;
import vn.congvu.staff.StaffCategory;
import vn.congvu.staff.StaffManagement;

/**
 * Those who manage staff add a person here, correct their details, transfer them to another unit or end their
 * assignment. Every form refills what was typed when it is refused.
 */
@Controller
class StaffAdminController {

	private final StaffManagement management;
	private final OrgUnitQueries units;
	private final Clock clock;

	StaffAdminController(StaffManagement management, OrgUnitQueries units, Clock clock) {
		this.management = management;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/staff/new")
	String newPerson(Viewer viewer, @RequestParam(required = false) @Nullable Long unit, Model model) {
		NotPermittedException.unless(viewer.mayManageStaff());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("choices", units.tree(viewer, today));
		model.addAttribute("categories", StaffCategory.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("leaderships", Leadership.values());
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", Map.of("unitId", unit == null ? "" : "" + unit, "assignedFrom",
					VietnameseDates.format(today)));
		}
		return "staff/staff-new";
	}

	@PostMapping("/staff/new")
	String create(Viewer viewer, @Valid StaffAdminForms.Person form, BindingResult binding,
			RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		long[] created = { 0 };
		boolean done = FormOutcome.attempt(redirect, "person", "created", () -> created[0] = management.create(viewer,
				new NewStaffMember(form.staffCode(), form.fullName(), form.category(), form.gender(), form.birthDate(),
						form.email(), form.unitId() == null ? 0 : form.unitId(), form.position(), form.leadership(),
						form.assignedFrom() == null ? today : form.assignedFrom()),
				FormOutcome.problemsOf(binding)));
		return done ? "redirect:/staff/" + created[0] : "redirect:/staff/new";
	}

	@PostMapping("/staff/{id}/details")
	String details(Viewer viewer, @PathVariable long id, @Valid StaffAdminForms.Details form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "details", "saved", () -> management.update(viewer, id,
				new StaffManagement.Details(form.fullName(), required(form.category(), "staff.chooseCategory"),
						required(form.gender(), "staff.chooseGender"), form.birthDate(), form.email()),
				LocalDate.now(clock)));
		return "redirect:/staff/" + id + "#details";
	}

	@PostMapping("/staff/{id}/transfer")
	String transfer(Viewer viewer, @PathVariable long id, @Valid StaffAdminForms.Transfer form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "transfer", "transferred", () -> management.transfer(viewer, id,
				required(form.unitId(), "staff.chooseUnit"), form.position(), form.leadership(),
				required(form.from(), "staff.dateRequired")));
		return "redirect:/staff/" + id + "#assignments";
	}

	@PostMapping("/staff/{id}/end")
	String end(Viewer viewer, @PathVariable long id, @Valid StaffAdminForms.End form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "end", "ended", () -> management.endAssignment(viewer, id,
				required(form.lastDay(), "staff.dateRequired"), form.reason()));
		return "redirect:/staff/" + id + "#assignments";
	}

	private static <T> T required(@Nullable T value, String messageKey) {
		if (value == null) {
			throw new InvalidInputException(messageKey);
		}
		return value;
	}
}
