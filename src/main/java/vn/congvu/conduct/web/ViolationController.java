package vn.congvu.conduct.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.codes.CodesOfConduct;
import vn.congvu.conduct.discipline.DisciplinaryCaseQueries;
import vn.congvu.conduct.discipline.DisciplinaryCaseView;
import vn.congvu.conduct.discipline.DisciplinaryCases;
import vn.congvu.conduct.violations.NewViolation;
import vn.congvu.conduct.violations.ViolationHandling;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.Violations;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;

/** Violations: officers move them along; a unit head explains those asked of the unit; staff see their own. */
@Controller
class ViolationController {

	private final Violations violations;
	private final OrgUnitQueries units;
	private final DisciplinaryCases cases;
	private final CodesOfConduct codes;
	private final StaffQueries staff;
	private final DisciplinaryCaseQueries caseQueries;
	private final Clock clock;

	ViolationController(Violations violations, OrgUnitQueries units, DisciplinaryCases cases, CodesOfConduct codes,
			StaffQueries staff, DisciplinaryCaseQueries caseQueries, Clock clock) {
		this.caseQueries = caseQueries;
		this.violations = violations;
		this.units = units;
		this.cases = cases;
		this.codes = codes;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/conduct/violations")
	String list(Viewer viewer, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String status, Model model) {
		String text = vn.congvu.shared.VietnameseText.fold(q.strip());
		List<Violations.ViolationView> visible = violations.visible(viewer).stream()
			.filter(v -> status.isBlank() || v.status().name().equals(status))
			.filter(v -> text.isEmpty() || vn.congvu.shared.VietnameseText.fold(v.unitName() + " "
					+ (v.staffName() == null ? "" : v.staffName()) + " " + v.description()
					+ " " + (v.articleLabel() == null ? "" : v.articleLabel())).contains(text))
			.toList();
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", vn.congvu.conduct.violations.ViolationStatus.values());
		model.addAttribute("violations", visible);
		model.addAttribute("explainable", visible.stream().filter(v -> Violations.mayExplain(viewer, v))
			.map(Violations.ViolationView::id).collect(java.util.stream.Collectors.toSet()));
		boolean officer = viewer.mayHandleViolations();
		model.addAttribute("officer", officer);
		model.addAttribute("opensCases", viewer.mayHandleCases());
		model.addAttribute("myCases", viewer.mayHandleCases() ? caseQueries.mine(viewer).stream().collect(
				java.util.stream.Collectors.toMap(DisciplinaryCaseView::violationId, DisciplinaryCaseView::id))
				: java.util.Map.of());
		model.addAttribute("handlings", List.of(ViolationHandling.REMINDER, ViolationHandling.CRITICISM_IN_REVIEW));
		if (officer) {
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("unitChoices", units.tree(viewer, today));
			model.addAttribute("articles", codes.staffArticles(today));
			model.addAttribute("severities", ViolationSeverity.values());
			model.addAttribute("coHandlers", cases.possibleCoHandlers(viewer));
		}
		return "conduct/violation-list";
	}

	/** An officer records a violation seen outside an inspection (by hand, with the article and severity). */
	@PostMapping("/conduct/violations")
	String record(Viewer viewer, @Valid ViolationForms.Record form, BindingResult binding,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "violation", "done", () -> {
			Problems problems = FormOutcome.problemsOf(binding);
			LocalDate day = form.occurredOn() == null ? LocalDate.now(clock) : form.occurredOn();
			Long person = form.staffCode().isBlank() || form.unitId() == null ? null
					: problems.check("staffCode", () -> personOf(viewer, form.staffCode().strip(), form.unitId(), day));
			NewViolation violation = new NewViolation(form.unitId() == null ? 0 : form.unitId(), person,
					form.articleId(), form.severity(), form.description(), "MANUAL", null, form.occurredOn());
			violations.record(viewer, violation, problems);
		});
		return "redirect:/conduct/violations";
	}

	/** The staff member with this code in the unit on the day; refused at the field when there is none. */
	private long personOf(Viewer viewer, String code, long unitId, LocalDate day) {
		return staff.page(viewer, new StaffFilter(day, code, unitId), 0, 5).rows().stream()
			.filter(s -> s.staffCode().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("violation.personNotInUnit", code))
			.id();
	}

	@PostMapping("/conduct/violations/{id}/{action}")
	String act(Viewer viewer, @PathVariable long id, @PathVariable String action, @Valid ViolationForms.Act form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "violation", "done", () -> {
			switch (action) {
				case "ask" -> violations.askExplanation(viewer, id,
						VietnameseDates.parse(form.text(), LocalDate.now(clock).minusDays(1)));
				case "explain" -> violations.explain(viewer, id, form.text());
				case "confirm" -> violations.confirm(viewer, id);
				case "dismiss" -> violations.dismiss(viewer, id, form.text(), form.confirmed());
				case "handle" -> {
					if (form.handling() == null) {
						throw new InvalidInputException("violation.handlingRequired");
					}
					violations.handle(viewer, id, form.handling());
				}
				default -> throw new RecordNotFoundException("violation", id);
			}
		});
		return "redirect:/conduct/violations";
	}
}
