package vn.congvu.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside the controllers (a refused request in a filter, the security firewall, a failed dispatch,
 * the session store out of reach): answered by {@link ErrorResponses}, a problem under {@code /api} and the error
 * page elsewhere. A failure of the database itself is a 503 with Retry-After, whatever status it was raised with.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ErrorPages.class);

	private final ErrorResponses errors;

	ErrorPages(ErrorResponses errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		// asked for directly, not as an error dispatch: there is no such page
		int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable t && DatabaseTrouble.isUnavailable(t)) {
			status = 503;
		}
		if (status >= 500 && status != 503) {
			log.warn("Answered {} to {} {}", status, request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					failure instanceof Throwable t ? t : null);
		}
		String detail = switch (status) {
			case 404 -> "error.noSuchAddress";
			case 503 -> "error.unavailable";
			case 429 -> "error.tooManyRequests";
			default -> null;
		};
		return errors.answer(request, response, status, detail, new Object[0], locale);
	}
}
