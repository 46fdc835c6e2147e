package vn.congvu.conduct.web;

import static vn.congvu.platform.FormFields.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.codes.CodeEditing;
import vn.congvu.conduct.codes.CodeOfConductView;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

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
	String create(Viewer viewer, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			String copy = text(form, "copyFrom");
			long id = editing.create(viewer, new CodeEditing.NewCode(text(form, "code"), text(form, "title"),
					text(form, "legalBasis"), date(form, "legalBasisDate"), text(form, "audience"),
					date(form, "validFrom"), copy.matches("\\d{1,18}") ? Long.valueOf(copy) : null));
			redirect.addFlashAttribute("created", true);
			return "redirect:/conduct/codes/" + id;
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "newCode", ex);
			redirect.addFlashAttribute("draft", new HashMap<>(form));
			return "redirect:/conduct/codes#code-form";
		}
	}

	@PostMapping("/conduct/codes/{id}/articles")
	String addArticle(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		boolean added = FormOutcome.attempt(redirect, "article", "articleAdded", () -> {
			String number = text(form, "number");
			if (!number.matches("\\d{1,4}")) {
				throw new InvalidInputException("codes.articleRequired");
			}
			CodeOfConductView.Article article = new CodeOfConductView.Article(text(form, "chapter"),
					Integer.parseInt(number), text(form, "title"), text(form, "summary"),
					"true".equals(form.get("checked")));
			editing.addArticle(viewer, id, article);
		});
		if (!added) {
			redirect.addFlashAttribute("articleDraft", new HashMap<>(form));
		}
		return "redirect:/conduct/codes/" + id + "#article-form";
	}

	@PostMapping("/conduct/codes/{id}/articles/{number}/checked")
	String setChecked(Viewer viewer, @PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "false") boolean checked, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "article", "articleSaved", () -> editing.setChecked(viewer, id, number, checked));
		return "redirect:/conduct/codes/" + id + "#article-" + number;
	}

	@PostMapping("/conduct/codes/{id}/units")
	String give(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "give", "given", () -> {
			String unit = text(form, "unitId");
			if (!unit.matches("\\d{1,18}")) {
				throw new InvalidInputException("staff.chooseUnit");
			}
			LocalDate on = date(form, "on");
			editing.give(viewer, id, Long.parseLong(unit), on == null ? LocalDate.now(clock) : on);
		});
		return "redirect:/conduct/codes/" + id + "#given";
	}

	private @Nullable LocalDate date(Map<String, String> form, String name) {
		String value = text(form, name);
		return value.isEmpty() ? null : VietnameseDates.parse(value, LocalDate.now(clock));
	}

}
