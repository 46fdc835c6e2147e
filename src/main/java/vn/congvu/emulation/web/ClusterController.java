package vn.congvu.emulation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
import vn.congvu.shared.InvalidInputException;

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
	String create(Viewer viewer, @Valid ClusterForms.NewCluster form, RedirectAttributes redirect) {
		int year = form.year() == null ? 0 : form.year();
		FormOutcome.attempt(redirect, "cluster", "created", () -> {
			if (form.organizerUnitId() == null) {
				throw InvalidInputException.at("organizerUnitId", "staff.chooseUnit");
			}
			clusters.create(viewer, new Clusters.NewCluster(form.organizerUnitId(), year, form.kind(), form.name(),
					form.memberUnitId(), form.leaderUnitId()));
		});
		return year == 0 ? "redirect:/emulation/clusters" : "redirect:/emulation/clusters?year=" + year;
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
	String setAuthority(Viewer viewer, @Valid ClusterForms.SetAuthority form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "authority", "set", () -> authorities.set(viewer, form.title(),
				type(form.unitType()),
				form.authority(), form.legalBasis(), FormFields.optionalDay(form.validFrom())));
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
