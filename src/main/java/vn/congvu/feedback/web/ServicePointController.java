package vn.congvu.feedback.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.feedback.DeskSetup;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.feedback.UnitContacts;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.VietnameseDates;

/**
 * Desks in the viewer's scope: the list with who is on duty and a form for a new desk; each desk's page with its
 * details, kiosk tablets (registered with a token shown once, revoked one by one) and duty roster; and the units'
 * published contacts.
 */
@Controller
class ServicePointController {

	private static final int ROSTER_DAYS = 14;

	private final ServicePoints servicePoints;
	private final DeskSetup desks;
	private final UnitContacts contacts;
	private final OrgUnitQueries units;
	private final Clock clock;

	ServicePointController(ServicePoints servicePoints, DeskSetup desks, UnitContacts contacts, OrgUnitQueries units,
			Clock clock) {
		this.servicePoints = servicePoints;
		this.desks = desks;
		this.contacts = contacts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/feedback/service-points")
	String list(Viewer viewer, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("desks", servicePoints.desks(viewer));
		model.addAttribute("choices", units.tree(viewer, today));
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", Map.of("validFrom", VietnameseDates.format(today)));
		}
		return "feedback/service-points";
	}

	@PostMapping("/feedback/service-points")
	String create(Viewer viewer, @Valid ServicePointForms.Desk form, RedirectAttributes redirect) {
		String code = form.code() == null ? "" : form.code().strip();
		boolean created = FormOutcome.attempt(redirect, "desk", "created", () -> {
			Problems problems = new Problems();
			problems.require(form.unitId() != null, "unitId", "staff.chooseUnit");
			problems.require(code.matches("[A-Za-z0-9][A-Za-z0-9._\\-]{1,39}"), "code", "servicePoint.badCode", code);
			problems.refuseIfAny();
			servicePoints.create(viewer, code, form.name(), form.unitId(), form.hotline(), form.receiptRequired(),
					form.validFrom() == null ? LocalDate.now(clock) : form.validFrom(), null);
		});
		return created ? deskPage(code, "") : "redirect:/feedback/service-points#desk-form";
	}

	@GetMapping("/feedback/service-points/{code}")
	String desk(Viewer viewer, @PathVariable String code, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("desk", desks.desk(viewer, code));
		model.addAttribute("kiosks", desks.kiosks(viewer, code));
		model.addAttribute("roster", desks.roster(viewer, code, today, ROSTER_DAYS));
		model.addAttribute("officers", desks.officers(viewer, code, today));
		model.addAttribute("todayText", VietnameseDates.format(today));
		model.addAttribute("now", java.time.OffsetDateTime.now(clock));
		return "feedback/desk";
	}

	@PostMapping("/feedback/service-points/{code}")
	String update(Viewer viewer, @PathVariable String code, @Valid ServicePointForms.Details form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "details", "saved",
				() -> desks.update(viewer, code, form.name(), form.hotline(), form.receiptRequired()));
		return deskPage(code, "details");
	}

	@PostMapping("/feedback/service-points/{code}/close")
	String close(Viewer viewer, @PathVariable String code, @Valid ServicePointForms.Close form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "details", "saved", () -> desks.close(viewer, code, required(form.lastDay())));
		return deskPage(code, "details");
	}

	@PostMapping("/feedback/service-points/{code}/kiosks")
	String registerKiosk(Viewer viewer, @PathVariable String code, @Valid ServicePointForms.RegisterKiosk form,
			RedirectAttributes redirect) {
		try {
			String token = servicePoints.registerKiosk(viewer, code, form.name().isBlank() ? "Máy tính bảng " + code
					: form.name().strip());
			redirect.addFlashAttribute("kioskCode", code);
			redirect.addFlashAttribute("kioskToken", token);
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "kiosk", ex);
		}
		return deskPage(code, "kiosks");
	}

	@PostMapping("/feedback/service-points/{code}/kiosks/{id}/revoke")
	String revokeKiosk(Viewer viewer, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		desks.revokeKiosk(viewer, code, id);
		redirect.addFlashAttribute("kioskRevoked", true);
		return deskPage(code, "kiosks");
	}

	@PostMapping("/feedback/service-points/{code}/duties")
	String addDuty(Viewer viewer, @PathVariable String code, @Valid ServicePointForms.Duty form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "duty", "dutyAdded", () -> {
			Problems problems = new Problems();
			problems.require(form.staffId() != null, "staffId", "duty.choosePerson");
			problems.require(form.day() != null, "day", "staff.dateRequired");
			problems.require(form.from() != null, "from", "form.required");
			problems.require(form.to() != null, "to", "form.required");
			problems.refuseIfAny();
			desks.addDuty(viewer, code, form.staffId(), form.day(), form.from(), form.to());
		});
		return deskPage(code, "roster");
	}

	@PostMapping("/feedback/service-points/{code}/duties/{id}/delete")
	String removeDuty(Viewer viewer, @PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "duty", "dutyRemoved", () -> desks.removeDuty(viewer, code, id));
		return deskPage(code, "roster");
	}

	@GetMapping("/feedback/contacts/{unitId}")
	String contact(Viewer viewer, @PathVariable long unitId, Model model) {
		NotPermittedException.unless(viewer.mayManageDesks());
		model.addAttribute("unit", units.find(viewer, unitId));
		model.addAttribute("contact", contacts.of(unitId).orElse(null));
		return "feedback/contact-form";
	}

	@PostMapping("/feedback/contacts/{unitId}")
	String saveContact(Viewer viewer, @PathVariable long unitId, @Valid ServicePointForms.Contact form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "contact", "saved", () -> servicePoints.setContact(viewer, unitId,
				form.hotline(), form.email(), form.receptionSchedule()));
		return "redirect:/feedback/contacts/" + unitId;
	}

	/** The desk's page (at one of its sections), its code encoded: a redirect must not carry what was typed raw. */
	private static String deskPage(String code, String section) {
		return "redirect:/feedback/service-points/"
				+ org.springframework.web.util.UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8)
				+ (section.isEmpty() ? "" : "#" + section);
	}

	private LocalDate required(String text) {
		if (text.isBlank()) {
			throw new InvalidInputException("staff.dateRequired");
		}
		return VietnameseDates.parse(text, LocalDate.now(clock));
	}


}
