package vn.congvu.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congvu.feedback.FeedbackIntake;
import vn.congvu.feedback.FeedbackSubmission;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.feedback.SurveyForm;
import vn.congvu.feedback.Surveys;
import vn.congvu.platform.ServiceUnavailableException;

/** The public rating API used by kiosks, QR pages and apps. Keep it stable. */
@RestController
class FeedbackApiController {

	static final String KIOSK_HEADER = "X-Kiosk-Token";

	private final ServicePoints servicePoints;
	private final Surveys surveys;
	private final FeedbackIntake intake;
	private final Clock clock;

	FeedbackApiController(ServicePoints servicePoints, Surveys surveys, FeedbackIntake intake, Clock clock) {
		this.servicePoints = servicePoints;
		this.surveys = surveys;
		this.intake = intake;
		this.clock = clock;
	}

	/** A service point as published: its code, name and unit. */
	record ServicePointJson(String code, String name, long unitId, String unitName, @Nullable String hotline) {
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Service points of a unit")
	@GetMapping("/api/v1/service-points")
	List<ServicePointJson> servicePoints(@RequestParam long unitId) {
		return servicePoints.ofUnit(unitId, LocalDate.now(clock)).stream()
			.map(p -> new ServicePointJson(p.code(), p.name(), p.unitId(), p.unitName(), p.hotline())).toList();
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "The survey a service point asks")
	@GetMapping("/api/v1/service-points/{code}/survey")
	SurveyForm survey(@PathVariable String code, @RequestParam(defaultValue = "SIPAS5") String form, Locale locale) {
		servicePoints.byCode(code);
		return surveys.current(form, locale);
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Submit a citizen's rating")
	@PostMapping("/api/v1/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> submit(@RequestBody FeedbackSubmission submission,
			@RequestHeader(name = KIOSK_HEADER, required = false) @Nullable String kioskToken,
			HttpServletRequest request) throws InterruptedException {
		try {
			UUID id = intake.submit(submission, kioskToken, request.getRemoteAddr()).get(30, TimeUnit.SECONDS);
			return Map.of("id", id.toString());
		}
		catch (TimeoutException ex) {
			throw new ServiceUnavailableException(5, ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(ex.getCause());
		}
	}
}
