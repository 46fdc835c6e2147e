package vn.congvu.emulation.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.Councils;
import vn.congvu.emulation.Decisions;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
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
	String create(Viewer viewer, @RequestParam(defaultValue = "0") long unitId, @RequestParam(defaultValue = "") String name,
			@RequestParam(name = "member", required = false) List<String> members,
			@RequestParam(defaultValue = "") String chair, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "council", "councilCreated", () -> {
			List<Long> ids = EmulationController.ids(members == null ? List.of() : members);
			List<Long> chairId = EmulationController.ids(List.of(chair));
			if (chairId.isEmpty()) {
				throw new InvalidInputException("emulation.council.membersRequired");
			}
			councils.create(viewer, unitId, name, ids, chairId.get(0));
		});
		return "redirect:/emulation";
	}

	@PostMapping("/emulation/councils/{id}/threshold")
	String threshold(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "") String percent,
			@RequestParam(defaultValue = "") String basis, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "council", "thresholdSet", () -> {
			councils.setThreshold(viewer, id, FormFields.decimal(percent), basis);
		});
		return "redirect:/emulation";
	}

	@PostMapping("/emulation/councils/{id}/sessions")
	String open(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "") String heldOn,
			RedirectAttributes redirect) {
		long[] session = new long[1];
		boolean opened = FormOutcome.attempt(redirect, "council", "sessionOpened",
				() -> session[0] = councils.openSession(viewer, id, FormFields.day(heldOn)));
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
	String vote(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "0") long proposalId,
			@RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "voted", () -> {
			if (!choice.equals("approve") && !choice.equals("reject")) {
				throw new InvalidInputException("emulation.vote.choose");
			}
			councils.vote(viewer, id, proposalId, choice.equals("approve"));
		});
		return "redirect:/emulation/sessions/" + id;
	}

	@PostMapping("/emulation/sessions/{id}/close")
	String close(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "closed", () -> councils.close(viewer, id));
		return "redirect:/emulation/sessions/" + id;
	}

	@PostMapping("/emulation/sessions/{id}/decision")
	String decide(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "0") long authority,
			@RequestParam(defaultValue = "") String signedOn, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "decided", () -> decisions.issue(viewer, id,
				new Decisions.NewDecision(authority, FormFields.day(signedOn))));
		return "redirect:/emulation/sessions/" + id;
	}

	@PostMapping("/emulation/sessions/{id}/replacement")
	String replace(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "0") long authority,
			@RequestParam(defaultValue = "") String signedOn, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "session", "decided", () -> corrections.replace(viewer, id,
				new Decisions.NewDecision(authority, FormFields.day(signedOn)), reason));
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
