package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.congvu.shared.InvalidInputException;

/**
 * The groups of a methodology's ranking as an officer types them ({@code A:90; B:80; C:70; D:0}): each label with the
 * lowest percentage of the maximum that earns it. A label twice, a percentage outside 0–100 or a piece that is not
 * "label:number" refuses the whole text, naming the piece.
 */
final class GroupThresholds {

	private GroupThresholds() {
	}

	/** Groups typed as {@code A:90; B:80; C:70; D:0}: labels with their lowest percentage. */
	static List<IndexInputs.Group> parse(@Nullable String text) {
		List<IndexInputs.Group> groups = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return groups;
		}
		for (String part : text.split("[;\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pieces = part.split(":");
			BigDecimal min = pieces.length == 2 ? MethodologyTree.number(pieces[1]) : null;
			String label = pieces[0].strip();
			if (min == null || label.isEmpty() || label.length() > 20 || min.signum() < 0
					|| min.compareTo(BigDecimal.valueOf(100)) > 0 || !labels.add(label)) {
				throw new InvalidInputException("reform.methodology.groups", part.strip());
			}
			groups.add(new IndexInputs.Group(label, min));
		}
		return groups;
	}
}
