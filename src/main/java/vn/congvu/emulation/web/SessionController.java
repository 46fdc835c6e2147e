package vn.congvu.emulation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.Councils;
import vn.congvu.emulation.Decisions;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.SecretInput;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/** The emulation council: a session's proposals, the member's ballot (phone-first), the count, the decision. */
@Controller
class SessionController {

	private final Councils councils;
	private final Decisions decisions;
	private final vn.congvu.emulation.DecisionCorrections corrections;
	private final vn.congvu.emulation.AwardingAuthorities authorities;
	private final vn.congvu.orgunit.OrgUnitQueries units;
	private final java.time.Clock clock;

	SessionController(Councils councils, Decisions decisions, vn.congvu.emulation.DecisionCorrections corrections,
			vn.congvu.emulation.AwardingAuthorities authorities, vn.congvu.orgunit.OrgUnitQueries units,
			java.time.Clock clock) {
		this.corrections = corrections;
		this.councils = councils;
		this.decisions = decisions;
		this.authorities = authorities;
		this.units = units;
		this.clock = clock;
	}

	@PostMapping("/emulation/councils")
	String create(Viewer viewer, @Valid SessionForms.Create form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "council", "councilCreated", () -> {
			List<Long> ids = EmulationController.ids(form.member() == null ? List.of() : form.member());
			List<Long> chairId = EmulationController.ids(List.of(form.chair()));
			if (chairId.isEmpty()) {
				throw new InvalidInputException("emulation.council.membersRequired");
			}
			councils.create(viewer, form.unitId(), form.name(), ids, chairId.get(0));
		});
		return "redirect:/emulation";
	}

	@PostMapping("/emulation/councils/{id}/threshold")
	String threshold(Viewer viewer, @PathVariable long id, @Valid SessionForms.Threshold form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "council", "thresholdSet", () -> {
			councils.setThreshold(viewer, id, FormFields.decimal(form.percent()), form.basis());
		});
		return "redirect:/emulation";
	}

	@PostMapping("/emulation/councils/{id}/sessions")
	String open(Viewer viewer, @PathVariable long id, @Valid SessionForms.Open form, RedirectAttributes redirect) {
		long[] session = new long[1];
		boolean opened = FormOutcome.attempt(redirect, "council", "sessionOpened",
				() -> session[0] = councils.openSession(viewer, id, FormFields.day(form.heldOn())));
		return opened ? "redirect:/emulation/sessions/" + session[0] : "redirect:/emulation";
	}

	@GetMapping("/emulation/sessions/{id}")
	String session(Viewer viewer, @PathVariable long id, Model model) {
		Councils.SessionView view = councils.view(viewer, id);
		model.addAttribute("view", view);
		model.addAttribute("decision", decisions.ofSession(viewer, id));
		model.addAttribute("inForce", decisions.document(viewer, id).orElse(null));
		model.addAttribute("authorities", decisions.authorities(viewer, id, java.time.LocalDate.now(clock)));
		vn.congvu.orgunit.OrgUnitType type = units.find(view.session().unitId()).type();
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		model.addAttribute("competent", view.items().stream().map(i -> i.proposal().titleCode()).distinct()
			.map(code -> authorities.forTitle(code, type, today)).flatMap(java.util.Optional::stream).toList());
		return "emulation/session";
	}

	@PostMapping("/emulation/sessions/{id}/votes")
	@SecretInput
	String vote(Viewer viewer, @PathVariable long id, @Valid SessionForms.Vote form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "voted", () -> {
			if (!form.choice().equals("approve") && !form.choice().equals("reject")) {
				throw new InvalidInputException("emulation.vote.choose");
			}
			councils.vote(viewer, id, form.proposalId(), form.choice().equals("approve"));
		});
		return "redirect:/emulation/sessions/" + id;
	}

	@PostMapping("/emulation/sessions/{id}/close")
	String close(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "closed", () -> councils.close(viewer, id));
		return "redirect:/emulation/sessions/" + id;
	}

	@PostMapping("/emulation/sessions/{id}/decision")
	String decide(Viewer viewer, @PathVariable long id, @Valid SessionForms.Decide form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "decided", () -> decisions.issue(viewer, id,
				new Decisions.NewDecision(form.authority(), FormFields.day(form.signedOn()))));
		return "redirect:/emulation/sessions/" + id;
	}

	@PostMapping("/emulation/sessions/{id}/replacement")
	String replace(Viewer viewer, @PathVariable long id, @Valid SessionForms.Replace form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "decided", () -> corrections.replace(viewer, id,
				new Decisions.NewDecision(form.authority(), FormFields.day(form.signedOn())), form.reason()));
		return "redirect:/emulation/sessions/" + id;
	}

	@GetMapping("/emulation/sessions/{id}/decision.pdf")
	ResponseEntity<byte[]> decisionPdf(Viewer viewer, @PathVariable long id) {
		return Downloads.file(decisions.pdf(viewer, id), "quyet-dinh-khen-thuong-" + id + ".pdf",
				MediaType.APPLICATION_PDF, true);
	}

	@GetMapping("/emulation/sessions/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(Viewer viewer, @PathVariable long id) {
		return Downloads.file(decisions.minutes(viewer, id), "bien-ban-hop-" + id + ".pdf", MediaType.APPLICATION_PDF,
				true);
	}
}
