package vn.congvu.staff.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;
import vn.congvu.staff.StaffFilter;
import vn.congvu.staff.StaffImport;
import vn.congvu.staff.StaffQueries;
import vn.congvu.staff.StaffRow;
import vn.congvu.staff.StaffSpreadsheet;

/** Staff pages: the list with search, a person's page, export, and the import with its progress bar. */
@Controller
class StaffController {

	private static final int PAGE_SIZE = 25;

	private final StaffQueries staff;
	private final OrgUnitQueries units;
	private final StaffSpreadsheet spreadsheet;
	private final StaffImport staffImport;
	private final Jobs jobs;
	private final Clock clock;

	StaffController(StaffQueries staff, OrgUnitQueries units, StaffSpreadsheet spreadsheet, StaffImport staffImport,
			Jobs jobs, Clock clock) {
		this.staff = staff;
		this.units = units;
		this.spreadsheet = spreadsheet;
		this.staffImport = staffImport;
		this.jobs = jobs;
		this.clock = clock;
	}

	@GetMapping("/staff")
	String list(Viewer viewer, @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable String asOf, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate date = today;
		try {
			date = VietnameseDates.parse(asOf, today);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("dateError", asOf);
		}
		StaffFilter filter = new StaffFilter(date, q, unit);
		model.addAttribute("asOfText", date.equals(today) ? "" : VietnameseDates.format(date));
		model.addAttribute("result", staff.page(viewer, filter, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("managesStaff", viewer.mayManageStaff());
		model.addAttribute("unit", unit == null ? null : units.find(viewer, unit));
		return htmx != null ? "staff/staff-list :: results" : "staff/staff-list";
	}

	@GetMapping("/staff/{id}")
	String person(Viewer viewer, @PathVariable long id, Model model) {
		LocalDate today = LocalDate.now(clock);
		StaffRow person = staff.findLatest(viewer, id, today);
		java.util.List<vn.congvu.staff.AssignmentView> assignments = staff.assignments(id);
		model.addAttribute("person", person);
		model.addAttribute("assignments", assignments);
		boolean current = assignments.stream().anyMatch(a -> !a.validFrom().isAfter(today)
				&& (a.validTo() == null || a.validTo().isAfter(today)));
		model.addAttribute("current", current);
		if (viewer.mayManageStaff()) {
			model.addAttribute("email", staff.emailOf(id));
			model.addAttribute("choices", units.tree(viewer, today));
			model.addAttribute("categories", vn.congvu.staff.StaffCategory.values());
			model.addAttribute("genders", vn.congvu.staff.Gender.values());
			model.addAttribute("leaderships", vn.congvu.staff.Leadership.values());
			model.addAttribute("todayText", VietnameseDates.format(today));
		}
		return "staff/staff-detail";
	}

	@GetMapping("/staff/export")
	ResponseEntity<byte[]> export(Viewer viewer, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unit, @RequestParam(required = false) @Nullable String asOf)
			throws IOException {
		LocalDate date = VietnameseDates.parse(asOf, LocalDate.now(clock));
		byte[] file = spreadsheet.export(staff.all(viewer, new StaffFilter(date, q, unit)));
		return Downloads.xlsx(file, "can-bo-" + date + ".xlsx");
	}

	@GetMapping("/staff/import/template")
	ResponseEntity<byte[]> template(Viewer viewer) throws IOException {
		return Downloads.xlsx(staffImport.template(viewer), "mau-nhap-can-bo.xlsx");
	}

	@GetMapping("/staff/import")
	String importForm(Viewer viewer) {
		staffImport.requireImporter(viewer);
		return "staff/staff-import";
	}

	@PostMapping("/staff/import")
	String upload(Viewer viewer, @RequestPart("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			UUID job = staffImport.start(viewer, file.getBytes());
			return "redirect:/staff/import/" + job;
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "upload", ex);
			return "redirect:/staff/import";
		}
	}

	@GetMapping("/staff/import/{job}")
	String importJob(Viewer viewer, @PathVariable UUID job, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		Jobs.JobView view = jobs.find(viewer, job);
		model.addAttribute("job", view);
		model.addAttribute("outcome", staffImport.outcome(view));
		return htmx != null ? "staff/staff-import :: progress" : "staff/staff-import";
	}

}
