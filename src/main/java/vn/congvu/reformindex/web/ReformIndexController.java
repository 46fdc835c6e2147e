package vn.congvu.reformindex.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.reformindex.AssessmentCycles;
import vn.congvu.reformindex.Assessments;
import vn.congvu.reformindex.IndexPublications;
import vn.congvu.reformindex.Methodologies;
import vn.congvu.reformindex.MethodologyTree;
import vn.congvu.reformindex.SurveyScores;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/** The PAR Index: methodologies and their cycle, live results, and the public publications. */
@Controller
class ReformIndexController {

	private final Methodologies methodologies;
	private final AssessmentCycles cycles;
	private final vn.congvu.reformindex.TableSteps steps;
	private final Assessments assessments;
	private final IndexPublications publications;
	private final vn.congvu.reformindex.IndexPublishing publishing;
	private final SurveyScores surveys;
	private final Clock clock;

	ReformIndexController(Methodologies methodologies, AssessmentCycles cycles, vn.congvu.reformindex.TableSteps steps,
			Assessments assessments,
			IndexPublications publications, vn.congvu.reformindex.IndexPublishing publishing, SurveyScores surveys,
			Clock clock) {
		this.cycles = cycles;
		this.steps = steps;
		this.publishing = publishing;
		this.surveys = surveys;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.publications = publications;
		this.clock = clock;
	}

	@GetMapping("/reform-index")
	String home(Viewer viewer, Model model) {
		model.addAttribute("methodologies", methodologies.all());
		model.addAttribute("publications", publications.publications());
		model.addAttribute("unitTypes", OrgUnitType.values());
		model.addAttribute("nextYear", LocalDate.now(clock).getYear());
		return "reformindex/home";
	}

	@PostMapping("/reform-index/methodologies")
	String create(Viewer viewer, @Valid ReformIndexForms.Create form, BindingResult binding,
			RedirectAttributes redirect) {
		long[] id = new long[1];
		boolean done = FormOutcome.attempt(redirect, "methodology", "created", () -> id[0] = methodologies.create(viewer,
				new Methodologies.NewMethodology(form.year() == null ? 0 : form.year(), form.unitTypes(), form.name(),
						form.legalBasis(), form.surveyPoints(), form.groups(), form.caveat()),
				FormOutcome.problemsOf(binding)));
		return done ? "redirect:/reform-index/methodologies/" + id[0] : "redirect:/reform-index";
	}

	@PostMapping("/reform-index/methodologies/{id}/copy")
	String copy(Viewer viewer, @PathVariable long id, @Valid ReformIndexForms.Copy form, RedirectAttributes redirect) {
		long[] copy = new long[1];
		boolean done = FormOutcome.attempt(redirect, "methodology", "copied",
				() -> copy[0] = form.unitTypes().isEmpty() ? methodologies.copy(viewer, id, year(form.year()))
						: methodologies.copy(viewer, id, year(form.year()), form.unitTypes()));
		return done ? "redirect:/reform-index/methodologies/" + copy[0] : "redirect:/reform-index/methodologies/" + id;
	}

	@GetMapping("/reform-index/methodologies/{id}")
	String methodology(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("methodology", methodologies.find(id));
		model.addAttribute("items", methodologies.items(id));
		model.addAttribute("groups", methodologies.groups(id));
		model.addAttribute("council", methodologies.council(id));
		model.addAttribute("assessments", assessments.ofMethodology(viewer, id));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("unitTypes", OrgUnitType.values());
		model.addAttribute("onCouncil", steps.onCouncil(viewer, id));
		return "reformindex/methodology";
	}

	@GetMapping("/reform-index/methodologies/{id}/methodology.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		return Downloads.xlsx(methodologies.exportWorkbook(id), "bo-chi-so-" + id + ".xlsx");
	}

	@PostMapping("/reform-index/methodologies/{id}/import")
	String importWorkbook(Viewer viewer, @PathVariable long id,
			@RequestPart(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "import", "imported", () -> {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("reform.import.noFile");
			}
			try {
				List<MethodologyTree.Problem> problems = methodologies.importWorkbook(viewer, id, file.getInputStream());
				if (!problems.isEmpty()) {
					redirect.addFlashAttribute("problems", problems);
					throw new InvalidInputException("reform.import.problems", problems.size());
				}
			}
			catch (IOException ex) {
				throw new InvalidInputException("reform.import.notAWorkbook");
			}
		});
		return "redirect:/reform-index/methodologies/" + id;
	}

	@PostMapping("/reform-index/methodologies/{id}/council")
	String council(Viewer viewer, @PathVariable long id, @Valid ReformIndexForms.Council form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "cycle", "councilSet",
				() -> methodologies.setCouncil(viewer, id, Arrays.asList(form.staffCodes().split("[,;\\s]+"))));
		return "redirect:/reform-index/methodologies/" + id;
	}

	@PostMapping("/reform-index/methodologies/{id}/open")
	String open(Viewer viewer, @PathVariable long id, @Valid ReformIndexForms.Open form, BindingResult binding,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, binding, "cycle", "opened", () -> cycles.open(viewer, id, form.deadline()));
		return "redirect:/reform-index/methodologies/" + id;
	}

	@PostMapping("/reform-index/methodologies/{id}/extend")
	String extend(Viewer viewer, @PathVariable long id, @Valid ReformIndexForms.Extend form, BindingResult binding,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, binding, "cycle", "extended",
				() -> cycles.extendDeadline(viewer, id, form.deadline()));
		return "redirect:/reform-index/methodologies/" + id;
	}

	@PostMapping("/reform-index/methodologies/{id}/uncertainty")
	String uncertainty(Viewer viewer, @PathVariable long id, @Valid ReformIndexForms.Uncertainty form,
			BindingResult binding, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "uncertainty", "uncertaintySet", () -> methodologies.setUncertainty(viewer, id,
				form.acceptedLineSpread(), form.surveySpread(), FormOutcome.problemsOf(binding)));
		return "redirect:/reform-index/methodologies/" + id + "#uncertainty-form";
	}

	@PostMapping("/reform-index/methodologies/{id}/lock-overdue")
	String lockOverdue(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "cycle", "locked", () -> assessments.lockOverdue(viewer, id));
		return "redirect:/reform-index/methodologies/" + id;
	}

	@PostMapping("/reform-index/methodologies/{id}/survey")
	String survey(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "cycle", "surveyed", () -> surveys.surveyFromSatisfaction(viewer, id));
		return "redirect:/reform-index/methodologies/" + id;
	}

	@PostMapping("/reform-index/methodologies/{id}/survey-import")
	String surveyImport(Viewer viewer, @PathVariable long id, @Valid ReformIndexForms.SurveyImport form,
			@RequestPart(required = false) @Nullable MultipartFile file, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "cycle", "surveyed", () -> {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("reform.import.noFile");
			}
			try {
				surveys.importSurvey(viewer, id, SurveyWorkbook.read(file), form.source());
			}
			catch (vn.congvu.reformindex.ImportProblems refused) {
				redirect.addFlashAttribute("problems", refused.rowProblems());
				throw refused;
			}
		});
		return "redirect:/reform-index/methodologies/" + id;
	}

	@PostMapping("/reform-index/methodologies/{id}/publish")
	String publish(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		long[] publication = new long[1];
		boolean done = FormOutcome.attempt(redirect, "cycle", "published",
				() -> publication[0] = publishing.publish(viewer, id));
		return done ? "redirect:/public/reform-index/" + publication[0] : "redirect:/reform-index/methodologies/" + id;
	}

	@GetMapping("/reform-index/methodologies/{id}/results")
	String results(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "") String q, Model model) {
		IndexPublications.ResultsView view = publications.results(viewer, id);
		model.addAttribute("view", view);
		model.addAttribute("ranking", vn.congvu.reformindex.RankingPage.of(view, page, q));
		model.addAttribute("live", true);
		return "reformindex/results";
	}

	@GetMapping("/public/reform-index")
	String published(Model model) {
		model.addAttribute("publications", publications.publications());
		return "reformindex/public-list";
	}

	@GetMapping("/public/reform-index/{id}")
	String publication(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("publication", publications.publication(id));
		IndexPublications.ResultsView view = publications.published(id);
		model.addAttribute("view", view);
		model.addAttribute("ranking", vn.congvu.reformindex.RankingPage.of(view, page, q));
		model.addAttribute("live", false);
		return "reformindex/results";
	}

	@GetMapping("/public/reform-index/{id}/units/{unitId}")
	String unit(@PathVariable long id, @PathVariable long unitId, Model model) {
		model.addAttribute("publication", publications.publication(id));
		model.addAttribute("profile", publications.unitProfile(id, unitId));
		return "reformindex/unit";
	}

	@GetMapping("/public/reform-index/{id}/snapshot.json")
	ResponseEntity<byte[]> snapshot(@PathVariable long id) {
		return Downloads.file(publications.snapshotText(id).getBytes(StandardCharsets.UTF_8),
				"chi-so-cchc-" + id + ".json", MediaType.APPLICATION_JSON, false);
	}

	@GetMapping("/public/reform-index/{id}/results.pdf")
	ResponseEntity<byte[]> resultsDocument(@PathVariable long id) {
		return Downloads.file(publications.resultsDocument(id), "ket-qua-chi-so-cchc-" + id + ".pdf",
				MediaType.APPLICATION_PDF, true);
	}

	@GetMapping("/public/reform-index/{id}/results.xlsx")
	ResponseEntity<byte[]> resultsWorkbook(@PathVariable long id) {
		return Downloads.xlsx(publications.resultsWorkbook(id), "ket-qua-chi-so-cchc-" + id + ".xlsx");
	}

	static int year(String text) {
		String t = text.strip();
		if (!t.matches("\\d{4}")) {
			throw new InvalidInputException("reform.methodology.year", "2012", "2100");
		}
		return Integer.parseInt(t);
	}

	/** A decimal typed with a comma or a point; blank gives null (the service says what is missing). */
	static @Nullable BigDecimal number(@Nullable String text) {
		try {
			return vn.congvu.shared.VietnameseNumbers.decimal(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("reform.badNumber", text == null ? "" : text.strip());
		}
	}
}
