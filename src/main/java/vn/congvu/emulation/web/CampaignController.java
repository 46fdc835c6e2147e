package vn.congvu.emulation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.Campaigns;
import vn.congvu.emulation.Title;
import vn.congvu.emulation.Titles;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/** Campaigns: the list and launch form, one campaign with its registrations and reviews (phone-friendly). */
@Controller
class CampaignController {

	private final Campaigns campaigns;
	private final OrgUnitQueries units;
	private final Titles titles;
	private final Clock clock;

	CampaignController(Campaigns campaigns, OrgUnitQueries units, Titles titles, Clock clock) {
		this.campaigns = campaigns;
		this.titles = titles;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/emulation/campaigns")
	String list(Viewer viewer, Model model) {
		model.addAttribute("campaigns", campaigns.visible(viewer));
		if (viewer.mayRunEmulation()) {
			model.addAttribute("units", units.tree(viewer, LocalDate.now(clock)).stream().filter(u -> u.level() <= 2)
				.toList());
		}
		return "emulation/campaigns";
	}

	@PostMapping("/emulation/campaigns")
	String launch(Viewer viewer, @Valid CampaignForms.Launch form, RedirectAttributes redirect) {
		long[] id = new long[1];
		boolean launched = FormOutcome.attempt(redirect, "campaign", "launched", () -> {
			List<Campaigns.NewCriterion> criteria = new ArrayList<>();
			for (int i = 0; i < form.criterion().size(); i++) {
				if (!form.criterion().get(i).isBlank()) {
					String points = i < form.maxPoints().size() ? form.maxPoints().get(i) : "";
					criteria.add(new Campaigns.NewCriterion(form.criterion().get(i), FormFields.decimal(points)));
				}
			}
			if (form.unitId() == null) {
				throw InvalidInputException.at("unitId", "staff.chooseUnit");
			}
			id[0] = campaigns.launch(viewer, new Campaigns.NewCampaign(form.unitId(), form.name(), form.goals(),
					form.legalBasis(), form.launchDecision(), day(form.launchedOn(), "launchedOn"),
					day(form.startsOn(), "startsOn"), day(form.endsOn(), "endsOn"), criteria));
		});
		return launched ? "redirect:/emulation/campaigns/" + id[0] : "redirect:/emulation/campaigns";
	}

	private static LocalDate day(@org.jspecify.annotations.Nullable LocalDate day, String field) {
		if (day == null) {
			throw InvalidInputException.at(field, "emulation.dateRequired");
		}
		return day;
	}

	@GetMapping("/emulation/campaigns/{id}")
	String campaign(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("view", campaigns.view(viewer, id));
		model.addAttribute("units", units.tree(viewer, LocalDate.now(clock)).stream().limit(200).toList());
		List<Title> titles = this.titles.ofYear(LocalDate.now(clock).getYear());
		model.addAttribute("individualTitles", titles.stream().filter(Title::individual).toList());
		model.addAttribute("titleNames", titles.stream().collect(java.util.stream.Collectors.toMap(Title::code, Title::name)));
		return "emulation/campaign";
	}

	@PostMapping("/emulation/campaigns/{id}/registrations")
	String register(Viewer viewer, @PathVariable long id, @Valid CampaignForms.Register form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "campaign", "registered", () -> campaigns.register(viewer, id, form.unitId(),
				form.commitment()));
		return "redirect:/emulation/campaigns/" + id;
	}

	@PostMapping("/emulation/campaigns/{id}/my-registration")
	String registerMyself(Viewer viewer, @PathVariable long id, @Valid CampaignForms.RegisterMyself form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "campaign", "registeredMyself",
				() -> campaigns.registerMyself(viewer, id, form.title(), form.commitment()));
		return "redirect:/emulation/campaigns/" + id;
	}

	@PostMapping("/emulation/campaigns/{id}/scores")
	String score(Viewer viewer, @PathVariable long id, @Valid CampaignForms.Score form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "campaign", "scored", () -> {
			if (form.unitId() == null) {
				throw InvalidInputException.at("unitId", "staff.chooseUnit");
			}
			campaigns.score(viewer, id, form.kind(), day(form.heldOn(), "heldOn"), form.unitId(), form.points(),
					form.evidence());
		});
		return "redirect:/emulation/campaigns/" + id;
	}
}
