package vn.congvu.orgunit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congvu.orgunit.OrgUnitFilter;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.orgunit.UnitChanges;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/** The organisation browser: the unit tree as of a date, search, and a unit's page with its history and lineage. */
@Controller
class OrgUnitController {

	private final OrgUnitQueries units;
	private final UnitChanges changes;
	private final Clock clock;

	OrgUnitController(OrgUnitQueries units, UnitChanges changes, Clock clock) {
		this.units = units;
		this.changes = changes;
		this.clock = clock;
	}

	@GetMapping("/units")
	String tree(Viewer viewer, @RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate date;
		try {
			date = VietnameseDates.parse(asOf, today);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("dateError", asOf);
			date = today;
		}
		boolean searching = q != null && !q.isBlank();
		model.addAttribute("asOf", date);
		model.addAttribute("asOfText", VietnameseDates.format(date));
		model.addAttribute("q", q == null ? "" : q);
		List<OrgUnitView> found = searching ? units.list(viewer, OrgUnitFilter.matching(date, q))
				: units.tree(viewer, date);
		model.addAttribute("units", found);
		model.addAttribute("searching", searching);
		model.addAttribute("minLevel", found.stream().mapToInt(OrgUnitView::level).min().orElse(1));
		model.addAttribute("scopeUnit", found.isEmpty() && viewer.scopeUnitId() != null
				? units.find(viewer, viewer.scopeUnitId()) : null);
		return htmx != null ? "orgunit/unit-tree :: results" : "orgunit/unit-tree";
	}

	@GetMapping("/units/{id}")
	String unit(Viewer viewer, @PathVariable long id, Model model) {
		OrgUnitView unit = units.find(viewer, id);
		LocalDate today = LocalDate.now(clock);
		LocalDate shownOn = unit.validOn(today) ? today : (unit.lastDay() != null ? unit.lastDay() : unit.validFrom());
		model.addAttribute("unit", unit);
		model.addAttribute("current", unit.validOn(today));
		model.addAttribute("shownOn", shownOn);
		model.addAttribute("children", units.children(id, shownOn));
		model.addAttribute("lineage", units.lineage(viewer, id));
		model.addAttribute("parentVisible", unit.parentId() != null && units.inScope(viewer, unit.parentId()));
		model.addAttribute("changes", changes.history(viewer, id));
		boolean changeable = viewer.mayAdminister() && unit.validOn(today);
		model.addAttribute("changeable", changeable);
		if (changeable) {
			model.addAttribute("parents", units.tree(viewer, today).stream()
				.filter(u -> !u.path().startsWith(unit.path())).toList());
			model.addAttribute("todayText", VietnameseDates.format(today));
		}
		return "orgunit/unit-detail";
	}
}
