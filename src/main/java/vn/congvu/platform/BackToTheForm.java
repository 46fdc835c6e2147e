package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.congvu.shared.InvalidInputException;

/**
 * A page's form refused by a handler that has no refusal of its own (it let the rule's exception through, or a value
 * could not be read into its form record, or a required one is missing) is not answered with an error page that loses the typed work: the user is
 * sent back to the page the form was on, which shows it again as typed with the problems inside the form. Only for a
 * form posted from a page of this site (its Referer); the API and scripts get their 4xx as before.
 */
final class BackToTheForm {

	private BackToTheForm() {
	}

	/** The redirect back to the form's page, or null when the post did not come from one. */
	static @Nullable ModelAndView answer(HttpServletRequest request, Exception refusal) {
		String page = formPage(request);
		if (page == null) {
			return null;
		}
		InvalidInputException problems = problemsOf(refusal);
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put(KeptForm.ATTRIBUTE, KeptForm.of(request, problems.problems()).withSummaryInForm());
		return new ModelAndView("redirect:" + page);
	}

	private static InvalidInputException problemsOf(Exception refusal) {
		return switch (refusal) {
			case InvalidInputException invalid -> invalid;
			case BindException binding -> FormOutcome.unreadable(binding.getBindingResult());
			case MethodArgumentTypeMismatchException mismatch -> InvalidInputException.at(mismatch.getName(),
					"form.unreadable", shortened(String.valueOf(mismatch.getValue())));
			case MissingServletRequestParameterException missing -> InvalidInputException
				.at(missing.getParameterName(), "form.required");
			default -> new InvalidInputException("error.badRequest");
		};
	}

	/** The same-site page a form was posted from, as a path; null for anything else. */
	private static @Nullable String formPage(HttpServletRequest request) {
		String contentType = request.getContentType() == null ? "" : request.getContentType();
		String referer = request.getHeader("Referer");
		if (!"POST".equals(request.getMethod()) || referer == null
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| !(contentType.startsWith("application/x-www-form-urlencoded")
						|| contentType.startsWith("multipart/form-data"))) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			boolean sameSite = from.getHost() != null && from.getHost().equalsIgnoreCase(request.getServerName())
					&& (from.getPort() == request.getServerPort() || from.getPort() == -1);
			String path = from.getRawPath();
			if (!sameSite || path == null || !path.startsWith(request.getContextPath() + "/")) {
				return null;
			}
			String query = from.getRawQuery();
			return path.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String shortened(String typed) {
		return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
	}

	static final List<Class<? extends Exception>> HANDLED = List.of(InvalidInputException.class, BindException.class,
			MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class);
}
