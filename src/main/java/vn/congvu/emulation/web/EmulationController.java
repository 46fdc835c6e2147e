package vn.congvu.emulation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.AnnualRounds;
import vn.congvu.emulation.AwardingAuthorities;
import vn.congvu.emulation.Councils;
import vn.congvu.emulation.Eligibility;
import vn.congvu.emulation.Initiatives;
import vn.congvu.emulation.NotEligibleException;
import vn.congvu.emulation.Proposals;
import vn.congvu.emulation.Titles;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/** Emulation: the titles and their conditions, the annual round, a unit's verdicts and proposals. */
@Controller
class EmulationController {

	private final Titles titles;
	private final AnnualRounds rounds;
	private final Eligibility eligibility;
	private final Proposals proposals;
	private final Councils councils;
	private final Initiatives initiatives;
	private final AwardingAuthorities authorities;
	private final OrgUnitQueries units;
	private final Jobs jobs;
	private final ReasonText reasons;
	private final Clock clock;

	EmulationController(Titles titles, AnnualRounds rounds, Eligibility eligibility, Proposals proposals,
			Councils councils, Initiatives initiatives, AwardingAuthorities authorities, OrgUnitQueries units, Jobs jobs,
			ReasonText reasons, Clock clock) {
		this.authorities = authorities;
		this.titles = titles;
		this.rounds = rounds;
		this.eligibility = eligibility;
		this.proposals = proposals;
		this.councils = councils;
		this.initiatives = initiatives;
		this.units = units;
		this.jobs = jobs;
		this.reasons = reasons;
		this.clock = clock;
	}

	@GetMapping("/emulation")
	String home(Viewer viewer, @RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("titles", titles.ofYear(shown));
		LocalDate lastDay = LocalDate.of(shown, 12, 31);
		model.addAttribute("authorities", authorities.all().stream().filter(a -> a.inForceOn(lastDay))
			.collect(java.util.stream.Collectors.groupingBy(AwardingAuthorities.Authority::titleCode)));
		model.addAttribute("baseSalaries", titles.baseSalaries());
		model.addAttribute("proposals", proposals.inScope(viewer, shown));
		model.addAttribute("councils", councils.inScope(viewer));
		model.addAttribute("sessions", councils.sessions(viewer));
		model.addAttribute("initiatives", initiatives.inScope(viewer));
		if (viewer.mayRunEmulation() || viewer.mayProposeAwards()) {
			model.addAttribute("units", units.tree(viewer, LocalDate.now(clock)).stream()
				.filter(u -> u.level() <= 2).toList());
		}
		return "emulation/home";
	}

	@PostMapping("/emulation/rounds")
	String startRound(Viewer viewer, @Valid EmulationForms.StartRound form, RedirectAttributes redirect) {
		UUID[] job = new UUID[1];
		boolean started = FormOutcome.attempt(redirect, "round", "started",
				() -> job[0] = rounds.start(viewer, form.unitId(), form.year()));
		return started ? "redirect:/emulation/rounds/" + job[0] : "redirect:/emulation";
	}

	@GetMapping("/emulation/rounds/{job}")
	String roundProgress(Viewer viewer, @PathVariable UUID job, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("job", jobs.find(viewer, job));
		return htmx != null ? "emulation/progress :: progress" : "emulation/progress";
	}

	@GetMapping("/emulation/units/{id}")
	String unit(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("view", eligibility.ofUnit(viewer, id, shown));
		model.addAttribute("titles", titles.ofYear(shown));
		model.addAttribute("reasons", reasons);
		return "emulation/unit";
	}

	@PostMapping("/emulation/proposals")
	String propose(Viewer viewer, @Valid EmulationForms.Propose form, Locale locale, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "proposal", "proposed", () -> {
			try {
				proposals.propose(viewer, form.year(), form.title(), form.subjectId(), form.achievements());
			}
			catch (NotEligibleException ex) {
				throw new InvalidInputException("emulation.proposal.notEligible", ex.arguments()[0],
						reasons.text(ex.reason(), locale));
			}
		});
		return "redirect:/emulation/units/" + form.unitId() + "?year=" + form.year();
	}

	@PostMapping("/emulation/proposals/{id}/revoke")
	String revoke(Viewer viewer, @PathVariable long id, @Valid EmulationForms.Revoke form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "proposal", "revoked", () -> proposals.revoke(viewer, id, form.reason()));
		return "redirect:/emulation";
	}

	static List<Long> ids(List<String> values) {
		try {
			return values.stream().filter(v -> !v.isBlank()).map(v -> Long.parseLong(v.strip())).toList();
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("emulation.council.membersRequired");
		}
	}
}
