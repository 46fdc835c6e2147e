package vn.congvu.feedback.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.feedback.ReportView;
import vn.congvu.orgunit.OrgUnitFilter;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;

/** Officers handling harassment reports: the list with overdue ones marked, and each report's steps. */
@Controller
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
	String list(Viewer viewer, Model model) {
		model.addAttribute("reports", reports.list(viewer));
		model.addAttribute("today", LocalDate.now(clock));
		return "feedback/report-list";
	}

	@GetMapping("/feedback/reports/{id}")
	String report(Viewer viewer, @PathVariable long id, Model model) {
		ReportView report = reports.find(viewer, id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("report", report);
		model.addAttribute("attachments", reports.attachments(viewer, id));
		model.addAttribute("today", today);
		model.addAttribute("assigns", HarassmentReports.mayAssign(viewer));
		model.addAttribute("handles", HarassmentReports.mayAssign(viewer)
				|| viewer.username().equals(report.investigator()));
		String reportedPath = units.find(report.unitId()).path();
		model.addAttribute("handlingUnits", units.list(OrgUnitFilter.asOf(today)).stream()
			.filter(u -> !u.path().startsWith(reportedPath)).toList());
		return "feedback/report-detail";
	}

	@GetMapping("/feedback/reports/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(Viewer viewer, @PathVariable long id, @PathVariable long attachment) {
		UploadedFile file = reports.attachment(viewer, id, attachment);
		return Downloads.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()), false);
	}

	@PostMapping("/feedback/reports/{id}/assign")
	String assign(Viewer viewer, @PathVariable long id, @Valid ReportForms.Assign form, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.assign(viewer, id, form.handlingUnitId(), form.investigator().strip()));
	}

	@PostMapping("/feedback/reports/{id}/verify")
	String verify(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.startVerifying(viewer, id));
	}

	@PostMapping("/feedback/reports/{id}/resolve")
	String resolve(Viewer viewer, @PathVariable long id, @Valid ReportForms.Resolve form, RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.resolve(viewer, id, form.substantiated(), form.publicAnswer(),
				form.apology()));
	}

	@PostMapping("/feedback/reports/{id}/transfer")
	String transfer(Viewer viewer, @PathVariable long id, @Valid ReportForms.Transfer form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> reports.transfer(viewer, id, form.publicAnswer()));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		FormOutcome.attempt(redirect, "action", "done", action);
		return "redirect:/feedback/reports/" + id;
	}
}
