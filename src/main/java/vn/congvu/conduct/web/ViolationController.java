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
import java.util.List;
import vn.congvu.conduct.CodesOfConduct;
import vn.congvu.conduct.DisciplinaryCaseQueries;
import vn.congvu.conduct.DisciplinaryCaseView;
import vn.congvu.conduct.DisciplinaryCases;
import vn.congvu.conduct.NewViolation;
import vn.congvu.conduct.ViolationHandling;
import vn.congvu.conduct.ViolationSeverity;
import vn.congvu.platform.Role;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;
import vn.congvu.conduct.Violations;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.CurrentUser;
import vn.congvu.platform.FormOutcome;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

/** Violations: officers move them along; a unit head explains those asked of the unit; staff see their own. */
@Controller
class ViolationController {

	private final Violations violations;
	private final OrgUnitQueries units;
	private final Accounts accounts;
	private final CodesOfConduct codes;
	private final StaffQueries staff;
	private final DisciplinaryCaseQueries caseQueries;
	private final Clock clock;

	ViolationController(Violations violations, OrgUnitQueries units, Accounts accounts, CodesOfConduct codes,
			StaffQueries staff, DisciplinaryCaseQueries caseQueries, Clock clock) {
		this.caseQueries = caseQueries;
		this.violations = violations;
		this.units = units;
		this.accounts = accounts;
		this.codes = codes;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/conduct/violations")
	String list(Model model) {
		model.addAttribute("violations", violations.visible(scope(), staffId()));
		boolean officer = Violations.handledByCurrentUser();
		model.addAttribute("officer", officer);
		model.addAttribute("opensCases", DisciplinaryCases.opensCases());
		model.addAttribute("myCases", DisciplinaryCases.opensCases() ? caseQueries.mine().stream().collect(
				java.util.stream.Collectors.toMap(DisciplinaryCaseView::violationId, DisciplinaryCaseView::id))
				: java.util.Map.of());
		model.addAttribute("handlings", List.of(ViolationHandling.REMINDER, ViolationHandling.CRITICISM_IN_REVIEW));
		if (officer) {
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("unitChoices", units.tree(today, CurrentUser.get().scopeUnitId()));
			model.addAttribute("articles", codes.staffArticles());
			model.addAttribute("severities", ViolationSeverity.values());
			model.addAttribute("coHandlers", accounts.list().stream()
				.filter(a -> a.role().oversees() && a.role() != Role.INSPECTOR
						&& !a.username().equals(CurrentUser.get().username()))
				.toList());
		}
		return "conduct/violation-list";
	}

	/** An officer records a violation seen outside an inspection (by hand, with the article and severity). */
	@PostMapping("/conduct/violations")
	String record(@RequestParam long unitId, @RequestParam(defaultValue = "") String staffCode,
			@RequestParam(required = false) @Nullable Long articleId,
			@RequestParam(defaultValue = "MINOR") ViolationSeverity severity,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String occurredOn,
			RedirectAttributes redirect) {
		try {
			if (!Violations.handledByCurrentUser() || !units.inScope(unitId, CurrentUser.get().scopeUnitId())) {
				throw new InvalidInputException("violation.unitOutOfScope");
			}
			if (occurredOn.isBlank()) {
				throw new InvalidInputException("violation.dateRequired");
			}
			LocalDate day = VietnameseDates.parse(occurredOn, LocalDate.now(clock));
			Long person = null;
			if (!staffCode.isBlank()) {
				person = staff.page(new StaffFilter(day, staffCode.strip(), unitId), null, 0, 5).rows().stream()
					.filter(s -> s.staffCode().equalsIgnoreCase(staffCode.strip())).findFirst()
					.orElseThrow(() -> new InvalidInputException("violation.personNotInUnit", staffCode.strip()))
					.id();
			}
			violations.record(new NewViolation(unitId, person, articleId, severity, description, "MANUAL", null, day));
			redirect.addFlashAttribute("done", true);
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "violation", ex);
		}
		return "redirect:/conduct/violations";
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
			FormOutcome.flashError(redirect, "violation", ex);
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
