package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Problems;

/**
 * What a form post tells the page it redirects to. On success a flag (the page shows "saved"). On refusal: the first
 * problem as {@code <name>Error} and {@code <name>ErrorArgs}, every problem as {@code <name>Problems} (the page's
 * summary), and the form as typed ({@link KeptForm}) so the page shows it again with a message at each wrong field.
 */
public final class FormOutcome {

	private FormOutcome() {
	}

	/** Runs the form's action; returns whether it succeeded (then {@code successFlag} is flashed as true). */
	public static boolean attempt(RedirectAttributes redirect, String name, String successFlag, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(successFlag, true);
			return true;
		}
		catch (InvalidInputException ex) {
			flashError(redirect, name, ex);
			return false;
		}
	}

	/**
	 * As {@link #attempt(RedirectAttributes, String, String, Runnable)} for a form bound to a record: values that could
	 * not be read (a date that is no date) refuse the form at their fields before the action runs.
	 */
	public static boolean attempt(RedirectAttributes redirect, BindingResult binding, String name, String successFlag,
			Runnable action) {
		if (binding.hasErrors()) {
			flashError(redirect, name, unreadable(binding));
			return false;
		}
		return attempt(redirect, name, successFlag, action);
	}

	public static void flashError(RedirectAttributes redirect, String name, InvalidInputException ex) {
		redirect.addFlashAttribute(name + "Error", ex.messageKey());
		redirect.addFlashAttribute(name + "ErrorArgs", ex.arguments());
		redirect.addFlashAttribute(name + "Problems", ex.problems());
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			redirect.addFlashAttribute(KeptForm.ATTRIBUTE, KeptForm.of(request, ex.problems()));
		}
	}

	/**
	 * The values of a bound form that could not be read, as the first problems of the form: a facade that takes them
	 * adds its own rules' problems and refuses them all at once, before it writes anything.
	 */
	public static Problems problemsOf(BindingResult binding) {
		Problems problems = new Problems();
		if (binding.hasErrors()) {
			problems.addAll(unreadable(binding));
		}
		return problems;
	}

	/**
	 * The binding's errors as problems at their fields: a value of the wrong kind names what was typed (a date that is
	 * no date, a number that is no number); a missing required value asks for it.
	 */
	static InvalidInputException unreadable(BindingResult binding) {
		List<InvalidInputException.Problem> problems = binding.getAllErrors().stream().map(error -> {
			if (!(error instanceof FieldError field)) {
				return new InvalidInputException.Problem(null, "form.unreadable", new Object[] { "" });
			}
			String typed = field.getRejectedValue() == null ? "" : String.valueOf(field.getRejectedValue());
			Object[] arguments = { typed.length() > 40 ? typed.substring(0, 40) + "…" : typed };
			String code = field.getCode() == null ? "" : field.getCode();
			Class<?> type = binding.getFieldType(field.getField());
			String key = switch (code) {
				case "NotBlank", "NotNull", "NotEmpty" -> "form.required";
				case "typeMismatch" -> type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)
						? "form.notADate"
						: type != null && (Number.class.isAssignableFrom(type) || isNumber(type)) ? "form.notANumber"
								: "form.unreadable";
				default -> "form.unreadable";
			};
			return new InvalidInputException.Problem(field.getField(), key, arguments);
		}).toList();
		return new InvalidInputException(problems);
	}

	private static boolean isNumber(Class<?> type) {
		return type == int.class || type == long.class || type == double.class || type == short.class;
	}
}
