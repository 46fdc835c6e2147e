package vn.congvu.orgunit;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reorganisation does beyond the tree, as each module says it: the people carried to the successor, the
 * accounts scoped to it, the desks moved, the open work moved or left with the former unit. The same listeners run
 * for the preview (which is rolled back) and for the record, so the preview lists exactly what recording will do.
 */
public final class Consequences {

	/** One line: a message key and its arguments, e.g. "{0} people carried to {1}". */
	public record Line(String messageKey, List<String> arguments) {
	}

	private final List<Line> lines = new ArrayList<>();

	/** Adds a line; arguments are shown as given. */
	public void add(String messageKey, Object... arguments) {
		List<String> texts = new ArrayList<>();
		for (Object argument : arguments) {
			texts.add(String.valueOf(argument));
		}
		lines.add(new Line(messageKey, List.copyOf(texts)));
	}

	public List<Line> lines() {
		return List.copyOf(lines);
	}
}
