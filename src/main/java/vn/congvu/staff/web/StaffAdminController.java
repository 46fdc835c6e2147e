package vn.congvu.staff.web;

import static vn.congvu.platform.FormFields.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
	String create(Viewer viewer, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		try {
			long id = management.create(viewer, new NewStaffMember(text(form, "staffCode"), text(form, "fullName"),
					choice(StaffCategory.values(), form.get("category"), "staff.chooseCategory"),
					choice(Gender.values(), form.get("gender"), "staff.chooseGender"), date(form, "birthDate", today),
					text(form, "email"), unitId(form), text(form, "position"), leadership(form),
					VietnameseDates.parse(form.get("assignedFrom"), today)));
			redirect.addFlashAttribute("created", true);
			return "redirect:/staff/" + id;
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "person", ex);
			redirect.addFlashAttribute("draft", new HashMap<>(form));
			return "redirect:/staff/new";
		}
	}

	@PostMapping("/staff/{id}/details")
	String details(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		FormOutcome.attempt(redirect, "details", "saved", () -> management.update(viewer, id,
				new StaffManagement.Details(text(form, "fullName"),
						choice(StaffCategory.values(), form.get("category"), "staff.chooseCategory"),
						choice(Gender.values(), form.get("gender"), "staff.chooseGender"),
						date(form, "birthDate", today), text(form, "email")), today));
		return "redirect:/staff/" + id + "#details";
	}

	@PostMapping("/staff/{id}/transfer")
	String transfer(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		FormOutcome.attempt(redirect, "transfer", "transferred", () -> management.transfer(viewer, id, unitId(form),
				text(form, "position"), leadership(form), required(form, "from", today)));
		return "redirect:/staff/" + id + "#assignments";
	}

	@PostMapping("/staff/{id}/end")
	String end(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		FormOutcome.attempt(redirect, "end", "ended",
				() -> management.endAssignment(viewer, id, required(form, "lastDay", today), text(form, "reason")));
		return "redirect:/staff/" + id + "#assignments";
	}


	private static @Nullable LocalDate date(Map<String, String> form, String name, LocalDate today) {
		String value = text(form, name);
		return value.isEmpty() ? null : VietnameseDates.parse(value, today);
	}

	private static LocalDate required(Map<String, String> form, String name, LocalDate today) {
		LocalDate value = date(form, name, today);
		if (value == null) {
			throw new InvalidInputException("staff.dateRequired");
		}
		return value;
	}

	private static long unitId(Map<String, String> form) {
		String value = text(form, "unitId");
		if (!value.matches("\\d{1,18}")) {
			throw new InvalidInputException("staff.chooseUnit");
		}
		return Long.parseLong(value);
	}

	private static @Nullable Leadership leadership(Map<String, String> form) {
		String value = text(form, "leadership");
		return value.isEmpty() ? null : choice(Leadership.values(), value, "staff.chooseUnit");
	}

	private static <E extends Enum<E>> E choice(E[] values, @Nullable String typed, String messageKey) {
		return Arrays.stream(values).filter(v -> v.name().equals(typed)).findFirst()
			.orElseThrow(() -> new InvalidInputException(messageKey));
	}
}
