package vn.congvu.conduct;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Quy tắc ứng xử: a code with its legal basis, audience, dates and articles (summaries, not the official text). */
public record CodeOfConductView(long id, String code, String title, String legalBasis, LocalDate legalBasisDate,
		String audience, LocalDate validFrom, @Nullable LocalDate validTo, List<Article> articles) {

	/** An article: chapter, number, title and a short summary in the system's own words. */
	public record Article(String chapter, int number, String title, String summary) {
	}
}
