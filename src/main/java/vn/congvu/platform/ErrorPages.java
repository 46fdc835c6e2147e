package vn.congvu.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside the controllers (a refused request in a filter, the security firewall, a failed dispatch):
 * under {@code /api} an RFC 9457 problem in the user's language, elsewhere the error page for the status. Replaces
 * the framework's default, which answered the API with its own JSON shape.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Set<Integer> PAGES = Set.of(400, 403, 404, 413, 500);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		// asked for directly, not as an error dispatch: there is no such page
		int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
		String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (uri.startsWith("/api/")) {
			writeProblem(response, status, locale);
			return null;
		}
		ModelAndView page = new ModelAndView(PAGES.contains(status) ? "error/" + status : "error");
		page.setStatus(HttpStatus.valueOf(status));
		return page;
	}

	private void writeProblem(HttpServletResponse response, int status, Locale locale) throws IOException {
		HttpStatus http = HttpStatus.valueOf(status);
		String title = messages.getMessage("error.status." + status, null, http.getReasonPhrase(), locale);
		String detail = messages.getMessage(status < 500 ? "error.badRequest" : "error.unexpected", null, locale);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
				+ ",\"detail\":\"" + json(detail) + "\"}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
