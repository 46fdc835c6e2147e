package vn.congvu.conduct.codes;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Quy tắc ứng xử: a code with its legal basis, audience, dates and articles (summaries, not the official text). */
public record CodeOfConductView(long id, String code, String title, String legalBasis, LocalDate legalBasisDate,
		String audience, LocalDate validFrom, @Nullable LocalDate validTo, List<Article> articles) {

	/**
	 * An article: chapter, number, title and a short summary in the system's own words; {@code checkedAtInspections}
	 * is false for general provisions, which stay out of inspection checklists.
	 */
	public record Article(String chapter, int number, String title, String summary, boolean checkedAtInspections) {

		/** A rule of conduct, checked at inspections. */
		public Article(String chapter, int number, String title, String summary) {
			this(chapter, number, title, summary, true);
		}

		/** The same article as a general provision, left out of inspection checklists. */
		public Article general() {
			return new Article(chapter, number, title, summary, false);
		}
	}
}
