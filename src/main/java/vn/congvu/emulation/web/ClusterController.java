package vn.congvu.emulation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.AwardingAuthorities;
import vn.congvu.emulation.Clusters;
import vn.congvu.emulation.Title;
import vn.congvu.emulation.Titles;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;

/** The emulation clusters of a year, and who awards each title (dated rule data). */
@Controller
class ClusterController {

	private final Clusters clusters;
	private final AwardingAuthorities authorities;
	private final Titles titles;
	private final OrgUnitQueries units;
	private final Clock clock;

	ClusterController(Clusters clusters, AwardingAuthorities authorities, Titles titles, OrgUnitQueries units,
			Clock clock) {
		this.clusters = clusters;
		this.authorities = authorities;
		this.titles = titles;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/emulation/clusters")
	String clusters(Viewer viewer, @RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("clusters", clusters.ofYear(viewer, shown));
		if (viewer.mayRunEmulation()) {
			model.addAttribute("units", units.tree(viewer, LocalDate.now(clock)).stream().filter(u -> u.level() <= 2)
				.toList());
		}
		return "emulation/clusters";
	}

	@PostMapping("/emulation/clusters")
	String create(Viewer viewer, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		String typed = FormFields.text(form, "year").strip();
		int year = typed.matches("\\d{4}") ? Integer.parseInt(typed) : 0;
		FormOutcome.attempt(redirect, "cluster", "created", () -> {
			String leader = form.getFirst("leaderUnitId");
			clusters.create(viewer, new Clusters.NewCluster(FormFields.whole(form.getFirst("organizerUnitId")), year,
					kind(form.getFirst("kind")), FormFields.text(form, "name"),
					EmulationController.ids(form.getOrDefault("memberUnitId", List.of())),
					leader == null || leader.isBlank() ? null : FormFields.whole(leader)));
		});
		return year == 0 ? "redirect:/emulation/clusters" : "redirect:/emulation/clusters?year=" + year;
	}

	private static Clusters.@org.jspecify.annotations.Nullable Kind kind(String value) {
		return "CLUSTER".equals(value) ? Clusters.Kind.CLUSTER : "BLOCK".equals(value) ? Clusters.Kind.BLOCK : null;
	}

	@GetMapping("/emulation/authorities")
	String authorities(Viewer viewer, Model model) {
		model.addAttribute("authorities", authorities.all());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("titles", titles.ofYear(LocalDate.now(clock).getYear()));
		model.addAttribute("unitTypes", OrgUnitType.values());
		model.addAttribute("mayChange", AwardingAuthorities.mayChange(viewer));
		model.addAttribute("titleNames", titles.ofYear(LocalDate.now(clock).getYear()).stream()
			.collect(java.util.stream.Collectors.toMap(Title::code, Title::name)));
		return "emulation/authorities";
	}

	@PostMapping("/emulation/authorities")
	String setAuthority(Viewer viewer, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String unitType, @RequestParam(defaultValue = "") String authority,
			@RequestParam(defaultValue = "") String legalBasis, @RequestParam(defaultValue = "") String validFrom,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "authority", "set", () -> authorities.set(viewer, title, type(unitType),
				authority, legalBasis, FormFields.optionalDay(validFrom)));
		return "redirect:/emulation/authorities";
	}

	private static @org.jspecify.annotations.Nullable OrgUnitType type(String value) {
		for (OrgUnitType type : OrgUnitType.values()) {
			if (type.name().equals(value)) {
				return type;
			}
		}
		return null;
	}
}
