package vn.congvu.orgunit.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitManagement;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.orgunit.ReorganisationCommand;
import vn.congvu.orgunit.UnitChanges;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.VietnameseDates;

/**
 * Administrators change the unit tree here: a new unit, a rename or a move (the unit stays, its sub-units follow),
 * and merges, splits and dissolutions, which are previewed before they are recorded.
 */
@Controller
class OrgUnitAdminController {

	private final OrgUnitQueries units;
	private final OrgUnitManagement management;
	private final UnitChanges changes;
	private final Clock clock;

	OrgUnitAdminController(OrgUnitQueries units, OrgUnitManagement management, UnitChanges changes, Clock clock) {
		this.units = units;
		this.management = management;
		this.changes = changes;
		this.clock = clock;
	}

	@GetMapping("/units/new")
	String newUnit(Viewer viewer, @RequestParam(required = false) @Nullable Long parent, Model model) {
		NotPermittedException.unless(viewer.mayAdminister());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("choices", units.tree(viewer, today));
		model.addAttribute("types", OrgUnitType.values());
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", Map.of("parentId", parent == null ? "" : "" + parent, "validFrom",
					VietnameseDates.format(today)));
		}
		return "orgunit/unit-new";
	}

	@PostMapping("/units/new")
	String create(Viewer viewer, @Valid OrgUnitAdminForms.Create form, BindingResult binding,
			RedirectAttributes redirect) {
		long[] created = { 0 };
		boolean done = FormOutcome.attempt(redirect, "unit", "created", () -> created[0] = management.create(viewer,
				new NewOrgUnit(form.code().strip(), form.name().strip().replaceAll("\\s+", " "), form.type(),
						form.parentId(), form.validFrom(), form.agencyCode()),
				FormOutcome.problemsOf(binding)));
		return done ? "redirect:/units/" + created[0] : "redirect:/units/new";
	}

	@PostMapping("/units/{id}/rename")
	String rename(Viewer viewer, @PathVariable long id, @Valid OrgUnitAdminForms.Rename form,
			@ModelAttribute BasisForm basis, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "change", "changed",
				() -> changes.rename(viewer, id, form.name(), basis.toBasis(LocalDate.now(clock))));
		return "redirect:/units/" + id + "#change";
	}

	@PostMapping("/units/{id}/move")
	String move(Viewer viewer, @PathVariable long id, @Valid OrgUnitAdminForms.Move form,
			@ModelAttribute BasisForm basis, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "change", "changed", () -> {
			if (!form.parentId().matches("\\d{1,18}")) {
				throw new InvalidInputException("orgUnit.chooseParent");
			}
			changes.move(viewer, id, Long.parseLong(form.parentId()), basis.toBasis(LocalDate.now(clock)));
		});
		return "redirect:/units/" + id + "#change";
	}

	@GetMapping("/units/reorganise")
	String reorganiseForm(Viewer viewer, @RequestParam(required = false) @Nullable Long unit, Model model) {
		ReorganisationForm form = new ReorganisationForm();
		if (unit != null) {
			form.getEnding().add(units.find(viewer, unit).id());
		}
		form.setEffectiveDate(VietnameseDates.format(LocalDate.now(clock)));
		return showReorganisation(viewer, form, model);
	}

	@PostMapping("/units/reorganise")
	String reorganise(Viewer viewer, @ModelAttribute("form") ReorganisationForm form,
			@Valid OrgUnitAdminForms.Reorganise sent, Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock);
		try {
			ReorganisationCommand command = form.toCommand(today);
			if ("record".equals(sent.step())) {
				management.reorganise(viewer, command);
				redirect.addFlashAttribute("reorganised", true);
				return "redirect:/units/" + command.edges().getFirst().predecessorId() + "#history";
			}
			model.addAttribute("preview", management.preview(viewer, command));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formError", ex.messageKey());
			model.addAttribute("formErrorArgs", ex.arguments());
		}
		return showReorganisation(viewer, form, model);
	}

	private String showReorganisation(Viewer viewer, ReorganisationForm form, Model model) {
		NotPermittedException.unless(viewer.mayAdminister());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("form", form);
		model.addAttribute("choices", units.tree(viewer, today));
		model.addAttribute("types", OrgUnitType.values());
		model.addAttribute("rows", java.util.stream.IntStream.range(0, ReorganisationForm.NEW_UNIT_ROWS).boxed().toList());
		return "orgunit/reorganise";
	}

	/** The legal basis fields shared by the rename and move forms. */
	public static class BasisForm {

		private String basisNumber = "";
		private String basisDate = "";
		private String effectiveDate = "";

		UnitChanges.Basis toBasis(LocalDate today) {
			return new UnitChanges.Basis(basisNumber, basisDate.isBlank() ? null : VietnameseDates.parse(basisDate, today),
					effectiveDate.isBlank() ? null : VietnameseDates.parse(effectiveDate, today));
		}

		public void setBasisNumber(String basisNumber) {
			this.basisNumber = basisNumber;
		}

		public void setBasisDate(String basisDate) {
			this.basisDate = basisDate;
		}

		public void setEffectiveDate(String effectiveDate) {
			this.effectiveDate = effectiveDate;
		}
	}
}
