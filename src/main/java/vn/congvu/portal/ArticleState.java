package vn.congvu.portal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where an article stands in its site's editorial workflow: an editor writes a draft and sends it for review; a
 * reviewer schedules it (public from its time) or returns it as a draft with a note; a scheduled article can be taken
 * off the site (unpublished), after which it is edited as a draft again.
 */
public enum ArticleState {

	DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED;

	private static final Map<ArticleState, Set<ArticleState>> NEXT = Map.of(
			DRAFT, EnumSet.of(DRAFT, IN_REVIEW),
			IN_REVIEW, EnumSet.of(SCHEDULED, DRAFT),
			SCHEDULED, EnumSet.of(UNPUBLISHED),
			UNPUBLISHED, EnumSet.of(DRAFT));

	public boolean canBecome(ArticleState next) {
		return NEXT.get(this).contains(next);
	}

	/** Its text can be changed: a draft, or an article taken off the site (saving makes it a draft). */
	public boolean editable() {
		return this == DRAFT || this == UNPUBLISHED;
	}

	/**
	 * Whether moving from this state to {@code next} is a reviewer's decision, whose name and note the article keeps:
	 * scheduling, returning to the editor, unpublishing.
	 */
	public boolean reviewersDecision(ArticleState next) {
		return this == IN_REVIEW || next == SCHEDULED || next == UNPUBLISHED;
	}

	/** The state named {@code name}, or null for a name that is none (a list filter that is not set). */
	public static @Nullable ArticleState named(@Nullable String name) {
		return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
	}
}
