package vn.congvu.feedback;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Chỉ số hài lòng. For each element: the share of answers that are 4 ("hài lòng") or 5 ("rất hài lòng") among all its
 * answers. Overall: the plain mean of the shares of the elements that have answers, so each element weighs the same
 * however many people answered it. Ratings flagged as bursts are left out before counting. This formula is an
 * assumption (the official SIPAS formula is not published in the sources we have); it is shown on the page.
 *
 * @param elements per element: answers, satisfied answers and their share (null without answers)
 * @param overall the overall index in [0, 1], or null when nothing was answered
 * @param responses the number of ratings counted
 */
public record SatisfactionIndex(Map<SatisfactionElement, ElementScore> elements, @Nullable Double overall,
		long responses) {

	/** Answers at or above this value count as satisfied. */
	public static final int SATISFIED_FROM = 4;

	/** One element's figures. */
	public record ElementScore(long answers, long satisfied) {

		public @Nullable Double share() {
			return answers == 0 ? null : (double) satisfied / answers;
		}
	}

	/** Counts of answers for one element, as read from the database. */
	public record Count(SatisfactionElement element, long answers, long satisfied) {
	}

	public static SatisfactionIndex of(List<Count> counts, long responses) {
		Map<SatisfactionElement, ElementScore> elements = new EnumMap<>(SatisfactionElement.class);
		for (Count count : counts) {
			if (!count.element().scored()) {
				continue;
			}
			if (count.satisfied() < 0 || count.satisfied() > count.answers()) {
				throw new IllegalArgumentException("satisfied answers must lie between 0 and the answers: " + count);
			}
			ElementScore before = elements.getOrDefault(count.element(), new ElementScore(0, 0));
			elements.put(count.element(),
					new ElementScore(before.answers() + count.answers(), before.satisfied() + count.satisfied()));
		}
		double sum = 0;
		int counted = 0;
		for (ElementScore score : elements.values()) {
			if (score.share() != null) {
				sum += score.share();
				counted++;
			}
		}
		return new SatisfactionIndex(elements, counted == 0 ? null : sum / counted, responses);
	}

	/** The index as a percentage with one decimal, or null. */
	public @Nullable Double percent() {
		return overall == null ? null : Math.round(overall * 1000) / 10.0;
	}

	public @Nullable Double percent(SatisfactionElement element) {
		ElementScore score = elements.get(element);
		return score == null || score.share() == null ? null : Math.round(score.share() * 1000) / 10.0;
	}
}
