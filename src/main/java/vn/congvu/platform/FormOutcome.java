package vn.congvu.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.shared.InvalidInputException;

/**
 * What a form post tells the page it redirects to: on success a flag (the page shows "saved"), on bad input the
 * message key and its arguments as {@code <name>Error} and {@code <name>ErrorArgs}, shown in the user's language.
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

	public static void flashError(RedirectAttributes redirect, String name, InvalidInputException ex) {
		redirect.addFlashAttribute(name + "Error", ex.messageKey());
		redirect.addFlashAttribute(name + "ErrorArgs", ex.arguments());
	}
}
