package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.congvu.shared.InvalidInputException;

/**
 * A refused form as the user typed it: the address it posted to, every value it sent (files, passwords and the form's
 * tokens excepted) and every problem found. It is flashed to the page the post redirects to, where
 * {@link KeptFormDialect} puts the values back into the form that posts to the same address and each problem's message
 * beside its field. Only text travels, so it is stored with the session like any flash attribute.
 */
public record KeptForm(String action, Map<String, List<String>> values, List<InvalidInputException.Problem> problems,
		boolean summaryInForm) implements Serializable {

	/** The flash attribute's name, read by the dialect. */
	public static final String ATTRIBUTE = "keptForm";

	/** Fields never sent back to a page or kept in the session. */
	private static final List<String> NEVER_KEPT = List.of("_csrf", OnceOnlyForms.FIELD);

	public KeptForm {
		values = Map.copyOf(values);
		problems = List.copyOf(problems);
	}

	/** A form whose page shows the problems in its own summary (the {@code <name>Error} of {@link FormOutcome}). */
	public KeptForm(String action, Map<String, List<String>> values, List<InvalidInputException.Problem> problems) {
		this(action, values, problems, false);
	}

	/** The same, its problems listed at the top of the form itself (the page has no summary for this form). */
	KeptForm withSummaryInForm() {
		return new KeptForm(action, values, problems, true);
	}

	/** What the current post typed, with the problems of its refusal. */
	static KeptForm of(HttpServletRequest request, List<InvalidInputException.Problem> problems) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (!secret(request)) {
			request.getParameterMap().forEach((name, typed) -> {
				if (!NEVER_KEPT.contains(name) && !name.toLowerCase(Locale.ROOT).contains("password")) {
					values.put(name, new ArrayList<>(List.of(typed)));
				}
			});
		}
		return new KeptForm(request.getRequestURI(), values, problems);
	}

	/** The problem at this field, if any. */
	InvalidInputException.@Nullable Problem problemAt(String field) {
		return problems.stream().filter(p -> field.equals(p.field())).findFirst().orElse(null);
	}

	/** Whether the form of this address is the one refused. */
	boolean isFor(@Nullable String formAction) {
		if (formAction == null) {
			return false;
		}
		int query = formAction.indexOf('?');
		return action.equals(query < 0 ? formAction : formAction.substring(0, query));
	}

	/** A handler marked {@link SecretInput} keeps nothing of what was typed (a ballot's choice, for one). */
	private static boolean secret(HttpServletRequest request) {
		return request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
			instanceof org.springframework.web.method.HandlerMethod handler
				&& handler.hasMethodAnnotation(SecretInput.class);
	}
}
