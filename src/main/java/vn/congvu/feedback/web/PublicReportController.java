package vn.congvu.feedback.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.feedback.NewReport;
import vn.congvu.feedback.ReportKind;
import vn.congvu.feedback.UnitContacts;
import vn.congvu.orgunit.OrgUnitFilter;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.UploadedFile;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

/** Public pages for Directive 10: report harassment, follow a report by its code, find a unit's hotline. */
@Controller
class PublicReportController {

	private final HarassmentReports reports;
	private final UnitContacts contacts;
	private final OrgUnitQueries units;
	private final Clock clock;

	PublicReportController(HarassmentReports reports, UnitContacts contacts, OrgUnitQueries units, Clock clock) {
		this.reports = reports;
		this.contacts = contacts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/public/reports/new")
	String form(@RequestParam(required = false) @Nullable Long unit, Model model) {
		return showForm(model, new ReportForm(unit, null, "", "", false, "", ""));
	}

	/** What the form posts; kept as text so that a wrong value comes back to the form, not as an error page. */
	record ReportForm(@Nullable Long unitId, @Nullable ReportKind kind, String occurredOn, String description,
			boolean anonymous, String reporterName, String reporterContact) {
	}

	@PostMapping("/public/reports")
	String file(@Valid PublicReportForms.File sent,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files, Model model) {
		ReportForm form = new ReportForm(sent.unitId(), sent.kind(), sent.occurredOn(), sent.description(),
				sent.anonymous(), sent.reporterName(),
				sent.reporterContact());
		try {
			LocalDate date = sent.occurredOn().isBlank() ? null : VietnameseDates.parse(sent.occurredOn(),
					LocalDate.now(clock));
			List<UploadedFile> attachments = UploadedFile.allOf(files);
			String code = reports.file(new NewReport(sent.unitId(), sent.kind(), date, sent.description(),
					sent.anonymous(), sent.reporterName(),
					sent.reporterContact()), attachments);
			model.addAttribute("trackingCode", code);
			return "feedback/public-report-filed";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
		}
		catch (RecordNotFoundException ex) {
			model.addAttribute("error", "report.required");
			model.addAttribute("errorArgs", new Object[0]);
		}
		return showForm(model, form);
	}

	@GetMapping("/public/reports/track")
	String track(@RequestParam(required = false) @Nullable String code, Model model) {
		model.addAttribute("code", code == null ? "" : code);
		if (code != null && !code.isBlank()) {
			try {
				model.addAttribute("report", reports.track(code));
			}
			catch (RecordNotFoundException ex) {
				model.addAttribute("notFound", true);
			}
		}
		return "feedback/public-report-track";
	}

	@GetMapping("/public/contacts")
	String contacts(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("contacts", contacts.current());
		model.addAttribute("statistics", reports.statistics(today.withDayOfYear(1), today));
		model.addAttribute("year", today.getYear());
		return "feedback/public-contacts";
	}

	private String showForm(Model model, ReportForm form) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("units", units.list(OrgUnitFilter.ofKinds(LocalDate.now(clock), OrgUnitType.COMMUNE_LEVEL)));
		return "feedback/public-report";
	}
}
