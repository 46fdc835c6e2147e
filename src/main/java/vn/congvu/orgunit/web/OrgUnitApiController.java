package vn.congvu.orgunit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congvu.orgunit.Lineage;
import vn.congvu.orgunit.OrgUnitFilter;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.shared.InvalidInputException;

/** Public directory of units: {@code /api/v1/org-units}. Errors are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApiController {

	private final OrgUnitQueries units;
	private final Clock clock;

	OrgUnitApiController(OrgUnitQueries units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	/** Units valid on {@code asOf} (today when absent); {@code q} ignores diacritics and case. */
	@io.swagger.v3.oas.annotations.Operation(summary = "Units valid on a day, by text, code, parent or type")
	@GetMapping
	List<OrgUnitView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable Long parentId,
			@RequestParam(required = false) @Nullable String type) {
		LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
		return units.list(new OrgUnitFilter(date, q, code, parentId,
				parseType(type) instanceof OrgUnitType kind ? java.util.Set.of(kind) : java.util.Set.of()));
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "One unit")
	@GetMapping("/{id}")
	OrgUnitView one(@PathVariable long id) {
		return units.find(id);
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "A unit's predecessors and successors")
	@GetMapping("/{id}/lineage")
	Lineage lineage(@PathVariable long id) {
		return units.lineage(id);
	}

	private static @Nullable OrgUnitType parseType(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		return Arrays.stream(OrgUnitType.values()).filter(t -> t.name().equalsIgnoreCase(type.strip())).findFirst()
			.orElseThrow(() -> new InvalidInputException("orgUnit.type.unknown", type,
					Arrays.toString(OrgUnitType.values())));
	}
}
