package vn.congvu.conduct.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.codes.CodeEditing;
import vn.congvu.conduct.codes.CodeOfConductView;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/**
 * The forms that set up codes of conduct: a new code or version, its articles, which articles inspections check,
 * and the units it is given to. The pages themselves are {@link CodesOfConductController}'s.
 */
@Controller
class CodeEditingController {

	private final CodeEditing editing;
	private final Clock clock;

	CodeEditingController(CodeEditing editing, Clock clock) {
		this.editing = editing;
		this.clock = clock;
	}

	@PostMapping("/conduct/codes")
	String create(Viewer viewer, @Valid CodeEditingForms.NewCode form, RedirectAttributes redirect) {
		long[] created = { 0 };
		boolean done = FormOutcome.attempt(redirect, "newCode", "created", () -> created[0] = editing.create(viewer,
				new CodeEditing.NewCode(form.code(), form.title(), form.legalBasis(), form.legalBasisDate(),
						form.audience(), form.validFrom(), form.copyFrom())));
		return done ? "redirect:/conduct/codes/" + created[0] : "redirect:/conduct/codes#code-form";
	}

	@PostMapping("/conduct/codes/{id}/articles")
	String addArticle(Viewer viewer, @PathVariable long id, @Valid CodeEditingForms.Article form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "article", "articleAdded", () -> {
			if (form.number() == null || form.number() < 1 || form.number() > 9_999) {
				throw InvalidInputException.at("number", "codes.articleRequired");
			}
			editing.addArticle(viewer, id, new CodeOfConductView.Article(form.chapter(), form.number(), form.title(),
					form.summary(), form.checked()));
		});
		return "redirect:/conduct/codes/" + id + "#article-form";
	}

	@PostMapping("/conduct/codes/{id}/articles/{number}/checked")
	String setChecked(Viewer viewer, @PathVariable long id, @PathVariable int number,
			@Valid CodeEditingForms.SetChecked form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "article", "articleSaved",
				() -> editing.setChecked(viewer, id, number, form.checked()));
		return "redirect:/conduct/codes/" + id + "#article-" + number;
	}

	@PostMapping("/conduct/codes/{id}/units")
	String give(Viewer viewer, @PathVariable long id, @Valid CodeEditingForms.Give form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "give", "given", () -> {
			if (form.unitId() == null) {
				throw InvalidInputException.at("unitId", "staff.chooseUnit");
			}
			editing.give(viewer, id, form.unitId(), form.on() == null ? LocalDate.now(clock) : form.on());
		});
		return "redirect:/conduct/codes/" + id + "#given";
	}
}
