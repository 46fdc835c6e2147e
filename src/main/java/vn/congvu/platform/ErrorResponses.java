package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an error in the reader's language, the one way for every path: under {@code /api} an RFC 9457 problem
 * (application/problem+json), elsewhere the error page ({@code error/page}) with its title and text for the status.
 * Neither reads the database, so the same answer works while the database is down.
 */
@Component
class ErrorResponses {

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The answer for {@code status}: a page (returned), or a problem written to the response (and {@code null}
	 * returned, which tells Spring the response is complete).
	 *
	 * @param detailKey the message key of the problem's detail, {@code null} for the status's usual words
	 */
	@Nullable ModelAndView answer(HttpServletRequest request, HttpServletResponse response, int status,
			@Nullable String detailKey, Object[] args, Locale locale) throws IOException {
		if (status == HttpStatus.SERVICE_UNAVAILABLE.value() || status == HttpStatus.TOO_MANY_REQUESTS.value()) {
			if (response.getHeader("Retry-After") == null) {
				response.setHeader("Retry-After", String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
			}
		}
		if (isApi(request)) {
			writeProblem(response, status, detailKey, args, locale);
			return null;
		}
		ModelAndView page = new ModelAndView("error/page");
		page.addObject("status", status);
		page.addObject("titleKey", known(status) + ".title");
		page.addObject("textKey", known(status) + ".text");
		page.addObject("retryAfter", response.getHeader("Retry-After"));
		page.setStatus(HttpStatus.valueOf(status));
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		if (original instanceof String forwarded) {
			uri = forwarded;
		}
		return uri != null && uri.startsWith("/api/");
	}

	/** The message prefix of the page for a status: its own words when it has them, the general ones otherwise. */
	private static String known(int status) {
		return switch (status) {
			case 400, 403, 404, 405, 413, 429, 503 -> "error.page." + status;
			default -> status >= 500 ? "error.page.500" : "error.page.400";
		};
	}

	private void writeProblem(HttpServletResponse response, int status, @Nullable String detailKey, Object[] args,
			Locale locale) throws IOException {
		String reason = HttpStatus.resolve(status) == null ? "Error" : HttpStatus.valueOf(status).getReasonPhrase();
		String title = messages.getMessage("error.status." + status, null, reason, locale);
		String key = detailKey != null ? detailKey : known(status) + ".text";
		String detail = messages.getMessage(key, args, locale);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
				+ ",\"detail\":\"" + json(detail) + "\"}");
	}

	static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
