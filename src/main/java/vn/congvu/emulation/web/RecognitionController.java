package vn.congvu.emulation.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.emulation.GoodExamples;
import vn.congvu.emulation.InitiativeSubmissions;
import vn.congvu.emulation.Initiatives;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;

/**
 * Recognition beyond titles: initiatives submitted by their authors and reviewed by an officer, and good examples
 * written with photos, published by an officer and shown on the public pages.
 */
@Controller
class RecognitionController {

	private final InitiativeSubmissions submissions;
	private final Initiatives initiatives;
	private final GoodExamples examples;
	private final OrgUnitQueries units;
	private final Clock clock;

	RecognitionController(InitiativeSubmissions submissions, Initiatives initiatives, GoodExamples examples,
			OrgUnitQueries units, Clock clock) {
		this.submissions = submissions;
		this.initiatives = initiatives;
		this.examples = examples;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/emulation/initiatives")
	String initiatives(Viewer viewer, Model model) {
		model.addAttribute("mine", submissions.mine(viewer));
		model.addAttribute("toReview", submissions.toReview(viewer));
		model.addAttribute("register", initiatives.inScope(viewer));
		return "emulation/initiatives";
	}

	@PostMapping("/emulation/initiatives/submissions")
	String submit(Viewer viewer, @Valid RecognitionForms.Submit form,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "submission", "submitted", () -> submissions.submit(viewer,
				new InitiativeSubmissions.NewSubmission(form.title(), form.description(),
						FormFields.optionalDay(form.appliedSince()),
						form.benefits()), UploadedFile.allOf(files)));
		return "redirect:/emulation/initiatives";
	}

	@PostMapping("/emulation/initiatives/submissions/{id}/recognize")
	String recognize(Viewer viewer, @PathVariable long id, @Valid RecognitionForms.Recognize form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "review", "recognized", () -> submissions.recognize(viewer, id,
				new InitiativeSubmissions.Recognition(form.scope(), FormFields.day(form.recognizedOn()),
						form.recognizedBy(), form.decisionRef())));
		return "redirect:/emulation/initiatives#submission-" + id;
	}

	@PostMapping("/emulation/initiatives/submissions/{id}/reject")
	String reject(Viewer viewer, @PathVariable long id, @Valid RecognitionForms.Reject form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "review", "rejected", () -> submissions.reject(viewer, id, form.reason()));
		return "redirect:/emulation/initiatives#submission-" + id;
	}

	@GetMapping("/emulation/initiatives/submissions/{id}/files/{fileId}")
	ResponseEntity<byte[]> submissionFile(Viewer viewer, @PathVariable long id, @PathVariable long fileId) {
		return download(submissions.file(viewer, id, fileId));
	}

	@PostMapping("/emulation/initiatives")
	String recordInitiative(Viewer viewer, @ModelAttribute Initiatives.NewInitiative form, BindingResult binding,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "initiative", "recorded",
				() -> initiatives.recognize(viewer, form, FormOutcome.problemsOf(binding)));
		return "redirect:/emulation/initiatives";
	}

	@GetMapping("/emulation/examples")
	String examples(Viewer viewer, Model model) {
		model.addAttribute("examples", examples.inScope(viewer));
		if (viewer.mayProposeAwards()) {
			model.addAttribute("units", units.tree(viewer, LocalDate.now(clock)).stream().limit(300).toList());
		}
		return "emulation/examples";
	}

	@PostMapping("/emulation/examples")
	String write(Viewer viewer, @Valid RecognitionForms.Write form,
			@RequestPart(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "example", "written", () -> examples.write(viewer,
				new GoodExamples.NewExample(form.unitId(), kind(form.subjectKind()), form.subjectName(),
						form.headline(), form.story()),
				UploadedFile.allOf(photos)));
		return "redirect:/emulation/examples";
	}

	private static GoodExamples.@Nullable SubjectKind kind(String value) {
		try {
			return GoodExamples.SubjectKind.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@PostMapping("/emulation/examples/{id}/publish")
	String publish(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "decision", "published", () -> examples.publish(viewer, id));
		return "redirect:/emulation/examples#example-" + id;
	}

	@PostMapping("/emulation/examples/{id}/send-back")
	String sendBack(Viewer viewer, @PathVariable long id, @Valid RecognitionForms.SendBack form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "decision", "sentBack", () -> examples.sendBack(viewer, id, form.reason()));
		return "redirect:/emulation/examples#example-" + id;
	}

	@PostMapping("/emulation/examples/{id}/withdraw")
	String withdraw(Viewer viewer, @PathVariable long id, @Valid RecognitionForms.Withdraw form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "decision", "withdrawn", () -> examples.withdraw(viewer, id, form.reason()));
		return "redirect:/emulation/examples#example-" + id;
	}

	@GetMapping("/emulation/examples/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(Viewer viewer, @PathVariable long id, @PathVariable long photoId) {
		return download(examples.photo(viewer, id, photoId));
	}

	/** Published good examples: public, newest first. */
	@GetMapping("/public/good-examples")
	String published(Model model) {
		model.addAttribute("examples", examples.published(null, 50));
		return "emulation/public-examples";
	}

	@GetMapping("/public/good-examples/{id}/photos/{photoId}")
	ResponseEntity<byte[]> publishedPhoto(@PathVariable long id, @PathVariable long photoId) {
		return download(examples.publishedPhoto(id, photoId));
	}

	private static ResponseEntity<byte[]> download(UploadedFile file) {
		return Downloads.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()), true);
	}
}
