package vn.congvu.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.platform.FormOutcome;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.feedback.ReportView;
import vn.congvu.orgunit.OrgUnitFilter;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.UploadedFile;

/** Officers handling harassment reports: the list with overdue ones marked, and each report's steps. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','LEADER','HOME_AFFAIRS_OFFICER','INSPECTOR')")
class ReportController {

	private final HarassmentReports reports;
	private final OrgUnitQueries units;
	private final Clock clock;

	ReportController(HarassmentReports reports, OrgUnitQueries units, Clock clock) {
		this.reports = reports;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/feedback/reports")
	String list(Model model) {
		model.addAttribute("reports", reports.list());
		model.addAttribute("today", LocalDate.now(clock));
		return "feedback/report-list";
	}

	@GetMapping("/feedback/reports/{id}")
	String report(@PathVariable long id, Model model) {
		ReportView report = reports.find(id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("report", report);
		model.addAttribute("attachments", reports.attachments(id));
		model.addAttribute("today", today);
		String reportedPath = units.find(report.unitId(), null).path();
		model.addAttribute("handlingUnits", units.list(OrgUnitFilter.asOf(today), null).stream()
			.filter(u -> !u.path().startsWith(reportedPath)).toList());
		return "feedback/report-detail";
	}

	@GetMapping("/feedback/reports/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
		UploadedFile file = reports.attachment(id, attachment);
		return Downloads.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()), false);
	}

	@PostMapping("/feedback/reports/{id}/assign")
	String assign(@PathVariable long id, @RequestParam long handlingUnitId, @RequestParam String investigator,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.assign(id, handlingUnitId, investigator.strip()));
	}

	@PostMapping("/feedback/reports/{id}/verify")
	String verify(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.startVerifying(id));
	}

	@PostMapping("/feedback/reports/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam boolean substantiated, @RequestParam String publicAnswer,
			@RequestParam(defaultValue = "false") boolean apology, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.resolve(id, substantiated, publicAnswer, apology));
	}

	@PostMapping("/feedback/reports/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam String publicAnswer, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.transfer(id, publicAnswer));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		FormOutcome.attempt(redirect, "action", "done", action);
		return "redirect:/feedback/reports/" + id;
	}
}
