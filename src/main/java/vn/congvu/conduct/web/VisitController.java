package vn.congvu.conduct.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.inspections.ChecklistResult;
import vn.congvu.conduct.inspections.InspectionConclusions;
import vn.congvu.conduct.inspections.InspectionFindings;
import vn.congvu.conduct.inspections.InspectionVisits;
import vn.congvu.conduct.inspections.NewFinding;
import vn.congvu.conduct.inspections.VisitView;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffQueries;

/**
 * A visit on a phone: tick the checklist (each change is saved as a draft), note findings with photos, require
 * corrective actions, draft the conclusion; the team leader confirms it and the PDF is issued.
 */
@Controller
class VisitController {

	private final InspectionVisits visits;
	private final InspectionFindings findings;
	private final InspectionConclusions conclusions;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final Clock clock;

	VisitController(InspectionVisits visits, InspectionFindings findings, InspectionConclusions conclusions,
			OrgUnitQueries units, StaffQueries staff, Clock clock) {
		this.visits = visits;
		this.findings = findings;
		this.conclusions = conclusions;
		this.units = units;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/conduct/inspections/{id}")
	String visit(Viewer viewer, @PathVariable long id, Model model) {
		VisitView visit = visits.view(viewer, id);
		model.addAttribute("visit", visit);
		model.addAttribute("results", ChecklistResult.values());
		model.addAttribute("severities", ViolationSeverity.values());
		if (visit.access().conduct()) {
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("unitChoices", units.subtree(visit.plan().unitId(), today));
			model.addAttribute("people", staff.all(viewer, new StaffFilter(today, null, visit.plan().unitId())));
			model.addAttribute("articles", visit.items().stream().filter(i -> i.articleId() != null).toList());
		}
		return "conduct/visit";
	}

	@PostMapping("/conduct/inspections/{id}/checklist")
	Object saveChecklist(Viewer viewer, @PathVariable long id, @Valid VisitForms.Checklist form,
			BindingResult binding, HttpServletRequest request, RedirectAttributes redirect, Model model) {
		String error = null;
		try {
			if (binding.hasErrors()) { // a field name or value no checklist form sends
				throw new InvalidInputException("visit.badChecklist");
			}
			visits.saveChecklist(viewer, id, form.result(), form.note());
		}
		catch (InvalidInputException ex) {
			error = ex.messageKey();
		}
		if (request.getHeader("HX-Request") != null) {
			model.addAttribute("savedAt", LocalTime.now(clock).withNano(0).withSecond(0));
			model.addAttribute("draftError", error);
			return "conduct/visit :: draftStatus";
		}
		if (error != null) {
			FormOutcome.flashError(redirect, "visit", new InvalidInputException(error));
		}
		return "redirect:/conduct/inspections/" + id + "#checklist";
	}

	@PostMapping("/conduct/inspections/{id}/items")
	String addItem(Viewer viewer, @PathVariable long id, @Valid VisitForms.AddItem form, RedirectAttributes redirect) {
		return act(id, "checklist", redirect, () -> visits.addItem(viewer, id, form.label()));
	}

	@PostMapping("/conduct/inspections/{id}/findings")
	String addFinding(Viewer viewer, @PathVariable long id, @Valid VisitForms.AddFinding form,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect) {
		return act(id, "findings", redirect, () -> findings.add(viewer, id,
				new NewFinding(form.unitId(), form.staffId(), form.articleId(), form.severity(), form.description()),
						UploadedFile.allOf(files)));
	}

	@PostMapping("/conduct/inspections/{id}/actions")
	String requireAction(Viewer viewer, @PathVariable long id, @Valid VisitForms.RequireAction form,
			RedirectAttributes redirect) {
		return act(id, "actions", redirect, () -> {
			if (form.dueOn().isBlank()) {
				throw new InvalidInputException("action.deadlineRequired");
			}
			findings.requireAction(viewer, id, form.unitId(), form.ownerStaffId(), form.description(),
					VietnameseDates.parse(form.dueOn(), LocalDate.now(clock)));
		});
	}

	@PostMapping("/conduct/inspections/{id}/conclusion")
	String draft(Viewer viewer, @PathVariable long id, @Valid VisitForms.Draft form, RedirectAttributes redirect) {
		return act(id, "conclusion", redirect, () -> conclusions.draft(viewer, id, form.summary()));
	}

	@PostMapping("/conduct/inspections/{id}/confirm")
	String confirm(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, "conclusion", redirect, () -> conclusions.confirm(viewer, id));
	}

	@GetMapping("/conduct/inspections/{id}/conclusion.pdf")
	ResponseEntity<byte[]> pdf(Viewer viewer, @PathVariable long id) {
		return Downloads.file(conclusions.pdf(viewer, id), "ket-luan-kiem-tra-" + id + ".pdf", MediaType.APPLICATION_PDF,
				true);
	}

	@GetMapping("/conduct/evidence/{id}")
	ResponseEntity<byte[]> evidence(Viewer viewer, @PathVariable long id) {
		UploadedFile file = findings.evidence(viewer, id);
		return Downloads.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()), true);
	}

	private static String act(long id, String anchor, RedirectAttributes redirect, Runnable action) {
		FormOutcome.attempt(redirect, "visit", "saved", action);
		return "redirect:/conduct/inspections/" + id + "#" + anchor;
	}
}
