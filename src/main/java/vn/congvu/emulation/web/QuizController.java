package vn.congvu.emulation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.Quizzes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.Problems;

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
	String create(Viewer viewer, @Valid QuizForms.Create form, RedirectAttributes redirect) {
		long[] id = new long[1];
		boolean created = FormOutcome.attempt(redirect, "quiz", "created", () -> {
			Problems problems = new Problems();
			problems.require(form.unitId() != null, "unitId", "staff.chooseUnit");
			problems.require(form.opensOn() != null, "opensOn", "emulation.dateRequired");
			problems.require(form.closesOn() != null, "closesOn", "emulation.dateRequired");
			problems.require(within(form.perAttempt(), 1, 1_000), "perAttempt", "form.numberOutOfRange", 1, 1_000);
			problems.require(within(form.minutes(), 1, 120), "minutes", "form.numberOutOfRange", 1, 120);
			List<Quizzes.NewQuestion> questions = problems.check("questions", () -> questions(form.questions()));
			problems.refuseIfAny();
			id[0] = quizzes.create(viewer, form.unitId(), form.title(), form.codeVersion(), form.opensOn(),
					form.closesOn(), form.perAttempt(), form.minutes() * 60, questions);
		});
		return created ? "redirect:/emulation/quizzes/" + id[0] : "redirect:/emulation/quizzes";
	}

	private static boolean within(@Nullable Integer number, int min, int max) {
		return number != null && number >= min && number <= max;
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
	String submit(Viewer viewer, @PathVariable long id, @Valid QuizForms.Answers form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "quiz", "submitted",
				() -> redirect.addFlashAttribute("score", quizzes.submit(viewer, id, form.answer())));
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
