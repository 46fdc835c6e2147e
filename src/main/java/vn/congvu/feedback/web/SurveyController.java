package vn.congvu.feedback.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.feedback.SatisfactionElement;
import vn.congvu.feedback.SurveyVersions;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;

/**
 * The survey forms' versions for the city's Home Affairs officers: the list, each version's questions, a new version
 * planned from a day to come (started from the newest one), and withdrawing a version before its day.
 */
@Controller
class SurveyController {

	private final SurveyVersions surveys;
	private final Clock clock;

	SurveyController(SurveyVersions surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	@GetMapping("/feedback/surveys")
	String list(Viewer viewer, Locale locale, Model model) {
		Map<String, List<SurveyVersions.Version>> bySurvey = new LinkedHashMap<>();
		for (SurveyVersions.Version version : surveys.versions(viewer, locale)) {
			bySurvey.computeIfAbsent(version.code(), code -> new java.util.ArrayList<>()).add(version);
		}
		model.addAttribute("surveys", bySurvey);
		return "feedback/surveys";
	}

	@GetMapping("/feedback/surveys/{code}/versions/{version}")
	String version(Viewer viewer, @PathVariable String code, @PathVariable int version, Locale locale, Model model) {
		model.addAttribute("version", surveys.version(viewer, code, version, locale));
		model.addAttribute("questions", surveys.questions(viewer, code, version));
		return "feedback/survey-version";
	}

	@GetMapping("/feedback/surveys/{code}/new")
	String newVersion(Viewer viewer, @PathVariable String code, Model model) {
		SurveyVersionForm form = SurveyVersionForm.of(surveys.draftOfNext(viewer, code));
		return showForm(code, form, model);
	}

	@PostMapping("/feedback/surveys/{code}/versions")
	String plan(Viewer viewer, @PathVariable String code, @ModelAttribute("form") SurveyVersionForm form, Model model,
			RedirectAttributes redirect) {
		surveys.requirePlannable(viewer, code);
		try {
			int number = surveys.plan(viewer, form.toDraft(code, LocalDate.now(clock)));
			redirect.addFlashAttribute("planned", true);
			return "redirect:/feedback/surveys/" + encoded(code) + "/versions/" + number;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formError", ex.messageKey());
			model.addAttribute("formErrorArgs", ex.arguments());
			return showForm(code, form, model);
		}
	}

	@PostMapping("/feedback/surveys/{code}/versions/{version}/withdraw")
	String withdraw(Viewer viewer, @PathVariable String code, @PathVariable int version, RedirectAttributes redirect) {
		if (FormOutcome.attempt(redirect, "withdraw", "withdrawn", () -> surveys.withdraw(viewer, code, version))) {
			return "redirect:/feedback/surveys";
		}
		return "redirect:/feedback/surveys/" + encoded(code) + "/versions/" + version;
	}

	private String showForm(String code, SurveyVersionForm form, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("form", form.withEmptyRows());
		model.addAttribute("elements", SatisfactionElement.values());
		return "feedback/survey-new";
	}

	private static String encoded(String code) {
		return URLEncoder.encode(code, StandardCharsets.UTF_8);
	}
}
