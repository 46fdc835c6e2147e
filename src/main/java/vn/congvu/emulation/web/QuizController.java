package vn.congvu.emulation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.Quizzes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;

/** Quizzes on the codes of conduct: set up by an officer, taken once on a phone, results by person and unit. */
@Controller
class QuizController {

	private final Quizzes quizzes;
	private final OrgUnitQueries units;
	private final Clock clock;

	QuizController(Quizzes quizzes, OrgUnitQueries units, Clock clock) {
		this.quizzes = quizzes;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/emulation/quizzes")
	String list(Viewer viewer, Model model) {
		model.addAttribute("quizzes", quizzes.visible(viewer));
		if (viewer.mayRunEmulation()) {
			model.addAttribute("units", units.tree(viewer, LocalDate.now(clock)).stream().filter(u -> u.level() <= 2)
				.toList());
		}
		return "emulation/quizzes";
	}

	@PostMapping("/emulation/quizzes")
	String create(Viewer viewer, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		long[] id = new long[1];
		boolean created = FormOutcome.attempt(redirect, "quiz", "created", () -> id[0] = quizzes.create(viewer,
				FormFields.whole(form.getFirst("unitId")), FormFields.text(form, "title"), FormFields.text(form, "codeVersion"),
				FormFields.day(FormFields.text(form, "opensOn")), FormFields.day(FormFields.text(form, "closesOn")), FormFields.within(form.getFirst("perAttempt"), 1, 1_000),
				FormFields.within(form.getFirst("minutes"), 1, 120) * 60, questions(FormFields.text(form, "questions"))));
		return created ? "redirect:/emulation/quizzes/" + id[0] : "redirect:/emulation/quizzes";
	}

	@GetMapping("/emulation/quizzes/{id}")
	String quiz(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("quiz", quizzes.find(viewer, id));
		model.addAttribute("myAttempt", quizzes.myAttempt(viewer, id));
		if (viewer.mayProposeAwards() || viewer.mayRunEmulation()) {
			model.addAttribute("people", quizzes.byPerson(viewer, id));
			model.addAttribute("unitResults", quizzes.byUnit(viewer, id));
		}
		return "emulation/quiz";
	}

	@PostMapping("/emulation/quizzes/{id}/attempts")
	String start(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		long[] attempt = new long[1];
		boolean started = FormOutcome.attempt(redirect, "quiz", "started", () -> attempt[0] = quizzes.start(viewer, id));
		return started ? "redirect:/emulation/quizzes/attempts/" + attempt[0] : "redirect:/emulation/quizzes/" + id;
	}

	@GetMapping("/emulation/quizzes/attempts/{id}")
	String attempt(Viewer viewer, @PathVariable long id, Model model) {
		Quizzes.Attempt attempt = quizzes.attempt(viewer, id);
		model.addAttribute("attempt", attempt);
		model.addAttribute("secondsLeft", attempt.secondsLeft(OffsetDateTime.now(clock)));
		model.addAttribute("deadlineTime", vn.congvu.shared.VietnameseDates.formatTime(attempt.deadlineAt()));
		return "emulation/attempt";
	}

	@PostMapping("/emulation/quizzes/attempts/{id}")
	String submit(Viewer viewer, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "quiz", "submitted", () -> {
			Map<Long, Integer> answers = new HashMap<>();
			form.forEach((name, values) -> {
				if (name.startsWith("q-")) {
					answers.put(FormFields.whole(name.substring(2)), (int) FormFields.whole(values.get(0)));
				}
			});
			redirect.addFlashAttribute("score", quizzes.submit(viewer, id, answers));
		});
		return "redirect:/emulation/quizzes/attempts/" + id;
	}

	/**
	 * The question bank as typed: blocks separated by a blank line; the first line of a block is the question, the
	 * others its options; the right option starts with {@code *}.
	 */
	static List<Quizzes.NewQuestion> questions(String text) {
		List<Quizzes.NewQuestion> questions = new ArrayList<>();
		for (String block : text.replace("\r", "").split("\n\\s*\n")) {
			List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			if (lines.isEmpty()) {
				continue;
			}
			List<String> options = new ArrayList<>();
			int correct = 0;
			for (String option : lines.subList(1, lines.size())) {
				if (option.startsWith("*")) {
					correct = options.size() + 1;
					option = option.substring(1).strip();
				}
				options.add(option);
			}
			questions.add(new Quizzes.NewQuestion(lines.get(0), options, correct));
		}
		return questions;
	}
}
