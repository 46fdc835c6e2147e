package vn.congvu.evaluation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.evaluation.AnnualClassifications;
import vn.congvu.evaluation.Calibration;
import vn.congvu.evaluation.ClassificationGrade;
import vn.congvu.evaluation.MonthlyClose;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/** A unit's evaluation: closing a month, the calibration before approval, and the annual list with its exports. */
@Controller
class UnitEvaluationController {

	private final Calibration calibration;
	private final MonthlyClose close;
	private final AnnualClassifications annual;
	private final OrgUnitQueries units;
	private final Jobs jobs;
	private final MessageSource messages;
	private final Clock clock;

	UnitEvaluationController(Calibration calibration, MonthlyClose close, AnnualClassifications annual,
			OrgUnitQueries units, Jobs jobs, MessageSource messages, Clock clock) {
		this.calibration = calibration;
		this.close = close;
		this.annual = annual;
		this.units = units;
		this.jobs = jobs;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/evaluation/units/{id}/calibration")
	String calibration(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "") String month,
			@RequestParam(defaultValue = "false") boolean exceptional, @RequestParam(defaultValue = "") String grade,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("unit", units.find(viewer, id)); // outside the scope: not found, before reading the month
		YearMonth period = month.isBlank() ? YearMonth.now(clock).minusMonths(1) : FormValues.month(month);
		model.addAttribute("month", period);
		model.addAttribute("exceptional", exceptional);
		Calibration.View view = calibration.of(viewer, id, period, exceptional);
		model.addAttribute("view", view);
		ClassificationGrade level = FormValues.grade(grade);
		model.addAttribute("grade", level);
		model.addAttribute("cards", view.page(level, page));
		return "evaluation/calibration";
	}

	@PostMapping("/evaluation/units/{id}/approve")
	String approve(Viewer viewer, @PathVariable long id, @Valid UnitEvaluationForms.Approve form,
			RedirectAttributes redirect) {
		String[] shown = { form.month() };
		FormOutcome.attempt(redirect, "calibration", "approved", () -> {
			YearMonth period = FormValues.month(form.month());
			shown[0] = period.toString();
			calibration.approve(viewer, id, period, form.exceptional());
		});
		return "redirect:/evaluation/units/" + id + "/calibration?month=" + safeMonth(shown[0]);
	}

	@PostMapping("/evaluation/units/{id}/close")
	String startClose(Viewer viewer, @PathVariable long id, @Valid UnitEvaluationForms.StartClose form,
			RedirectAttributes redirect) {
		UUID[] job = new UUID[1];
		boolean started = FormOutcome.attempt(redirect, "calibration", "closeStarted",
				() -> job[0] = close.start(viewer, id, FormValues.month(form.month())));
		return started ? "redirect:/evaluation/close/" + job[0]
				: "redirect:/evaluation/units/" + id + "/calibration?month=" + safeMonth(form.month());
	}

	@GetMapping("/evaluation/close/{job}")
	String closeProgress(Viewer viewer, @PathVariable UUID job, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("job", jobs.find(viewer, job));
		return htmx != null ? "evaluation/close :: progress" : "evaluation/close";
	}

	@GetMapping("/evaluation/units/{id}/annual")
	String annualList(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		units.find(viewer, id);
		int shown = year == null ? java.time.LocalDate.now(clock).getYear() : year;
		AnnualClassifications.Sheet sheet = annual.sheet(viewer, id, shown);
		model.addAttribute("sheet", sheet);
		model.addAttribute("late", java.time.LocalDate.now(clock).isAfter(sheet.deadline()));
		return "evaluation/annual";
	}

	@PostMapping("/evaluation/units/{id}/annual/approve")
	String approveAnnual(Viewer viewer, @PathVariable long id, @Valid UnitEvaluationForms.ApproveAnnual form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "annual", "approved", () -> annual.approve(viewer, id, form.year()));
		return "redirect:/evaluation/units/" + id + "/annual?year=" + form.year();
	}

	@GetMapping("/evaluation/units/{id}/annual.xlsx")
	ResponseEntity<byte[]> annualXlsx(Viewer viewer, @PathVariable long id, @RequestParam int year, Locale locale) {
		return Downloads.xlsx(annual.xlsx(viewer, id, year, key -> messages.getMessage(key, null, key, locale)),
				"xep-loai-" + year + ".xlsx");
	}

	@GetMapping("/evaluation/units/{id}/annual.pdf")
	ResponseEntity<byte[]> annualPdf(Viewer viewer, @PathVariable long id, @RequestParam int year) {
		return Downloads.file(annual.pdf(viewer, id, year),
				"xep-loai-" + year + ".pdf", MediaType.APPLICATION_PDF, true);
	}

	private static String safeMonth(String month) {
		try {
			return FormValues.month(month).toString();
		}
		catch (InvalidInputException ex) {
			return "";
		}
	}
}
