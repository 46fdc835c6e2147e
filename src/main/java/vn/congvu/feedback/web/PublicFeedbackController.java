package vn.congvu.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.congvu.feedback.FeedbackIntake;
import vn.congvu.feedback.FeedbackSubmission;
import vn.congvu.feedback.ServicePointView;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.feedback.SurveyForm;
import vn.congvu.feedback.Surveys;
import vn.congvu.platform.ServiceUnavailableException;
import vn.congvu.shared.InvalidInputException;

/** Public rating pages: the phone survey a QR code opens, and the kiosk screen for a counter's tablet. */
@Controller
class PublicFeedbackController {

	private final ServicePoints servicePoints;
	private final Surveys surveys;
	private final FeedbackIntake intake;

	PublicFeedbackController(ServicePoints servicePoints, Surveys surveys, FeedbackIntake intake) {
		this.servicePoints = servicePoints;
		this.surveys = surveys;
		this.intake = intake;
	}

	@GetMapping("/public/survey/{code}")
	String survey(@PathVariable String code, Locale locale, Model model, HttpServletRequest request) {
		UUID clientRef = UUID.randomUUID();
		request.setAttribute(SurveyPageCache.CLIENT_REF, clientRef);
		return showSurvey(open(code), locale, model, clientRef, Map.of(), "", "");
	}

	@vn.congvu.platform.CarriesItsOwnKey("clientRef")
	@PostMapping("/public/survey/{code}")
	String submit(@PathVariable String code, @ModelAttribute PublicFeedbackForms.Answers form, Locale locale,
			HttpServletRequest request, Model model) throws InterruptedException {
		ServicePointView point = open(code);
		SurveyForm survey = surveys.current("SIPAS5", locale);
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (SurveyForm.Question question : survey.questions()) {
			String value = form.answer().get(question.code());
			if (value != null && value.matches("\\d")) {
				answers.put(question.code(), Integer.parseInt(value));
			}
		}
		UUID clientRef = parseUuid(form.clientRef());
		String comment = form.comment();
		String receipt = form.receiptCode();
		try {
			intake.submit(new FeedbackSubmission(code, "SIPAS5", answers, comment, clientRef, receipt), null,
					request.getRemoteAddr()).get();
			model.addAttribute("point", point);
			return "feedback/public-thanks";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArgs", ex.arguments());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof InvalidInputException invalid) {
				model.addAttribute("error", invalid.messageKey());
				model.addAttribute("errorArgs", invalid.arguments());
			}
			else if (ex.getCause() instanceof ServiceUnavailableException) {
				model.addAttribute("error", "error.unavailable");
				model.addAttribute("errorArgs", new Object[0]);
			}
			else {
				throw new IllegalStateException(ex.getCause());
			}
		}
		return showSurvey(point, locale, model, clientRef == null ? UUID.randomUUID() : clientRef, answers, comment,
				receipt);
	}

	@GetMapping("/kiosk/{code}")
	String kiosk(@PathVariable String code, Locale locale, Model model) {
		model.addAttribute("point", open(code));
		model.addAttribute("survey", surveys.current("KIOSK", locale));
		return "feedback/kiosk";
	}

	private String showSurvey(ServicePointView point, Locale locale, Model model, UUID clientRef,
			Map<String, Integer> answers, String comment, String receipt) {
		model.addAttribute("point", point);
		model.addAttribute("survey", surveys.current("SIPAS5", locale));
		model.addAttribute("clientRef", clientRef);
		model.addAttribute("answers", answers);
		model.addAttribute("comment", comment);
		model.addAttribute("receipt", receipt);
		return "feedback/public-survey";
	}

	private ServicePointView open(String code) {
		return servicePoints.open(code);
	}

	private static @Nullable UUID parseUuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
