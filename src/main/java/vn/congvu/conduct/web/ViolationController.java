package vn.congvu.conduct.web;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.ViolationHandling;
import vn.congvu.conduct.Violations;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.CurrentUser;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

/** Violations: officers move them along; a unit head explains those asked of the unit; staff see their own. */
@Controller
class ViolationController {

	private final Violations violations;
	private final OrgUnitQueries units;
	private final Accounts accounts;
	private final Clock clock;

	ViolationController(Violations violations, OrgUnitQueries units, Accounts accounts, Clock clock) {
		this.violations = violations;
		this.units = units;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/conduct/violations")
	String list(Model model) {
		model.addAttribute("violations", violations.visible(scope(), staffId()));
		model.addAttribute("officer", Violations.handledByCurrentUser());
		model.addAttribute("handlings", ViolationHandling.values());
		return "conduct/violation-list";
	}

	@PostMapping("/conduct/violations/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @Nullable ViolationHandling handling, RedirectAttributes redirect) {
		violations.findVisible(id, scope(), staffId()); // out of sight means not found
		boolean officer = Violations.handledByCurrentUser();
		try {
			switch (action) {
				case "ask" -> {
					requireOfficer(officer, id);
					violations.askExplanation(id, VietnameseDates.parse(text, LocalDate.now(clock).minusDays(1)));
				}
				case "explain" -> violations.explain(id, text);
				case "confirm" -> {
					requireOfficer(officer, id);
					violations.confirm(id);
				}
				case "dismiss" -> {
					requireOfficer(officer, id);
					violations.dismiss(id, text);
				}
				case "handle" -> {
					requireOfficer(officer, id);
					if (handling == null) {
						throw new InvalidInputException("violation.handlingRequired");
					}
					violations.handle(id, handling);
				}
				default -> throw new RecordNotFoundException("violation", id);
			}
			redirect.addFlashAttribute("done", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("violationError", ex.messageKey());
			redirect.addFlashAttribute("violationErrorArgs", ex.arguments());
		}
		return "redirect:/conduct/violations";
	}

	private static void requireOfficer(boolean officer, long id) {
		if (!officer) {
			throw new RecordNotFoundException("violation", id);
		}
	}

	private String scope() {
		return units.currentUserScopePath();
	}

	private @Nullable Long staffId() {
		return accounts.staffIdOf(CurrentUser.get().username()).orElse(null);
	}
}
