package vn.congvu.reformindex;

import java.util.List;

/** One page of a ranking, optionally only the units whose name matches a search (accents ignored). */
public record RankingPage(List<IndexResults.UnitResult> rows, int page, int pages, String query, int matching) {

	public static final int SIZE = 100;

	public static RankingPage of(IndexPublications.ResultsView view, int page, String query) {
		String folded = vn.congvu.shared.VietnameseText.fold(query == null ? "" : query.strip());
		List<IndexResults.UnitResult> matching = folded.isEmpty() ? view.results()
				: view.results().stream()
					.filter(r -> vn.congvu.shared.VietnameseText.fold(r.name()).contains(folded)
							|| r.code().contains(folded))
					.toList();
		int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
		int shown = Math.clamp(page, 1, pages);
		return new RankingPage(matching.subList((shown - 1) * SIZE, Math.min(matching.size(), shown * SIZE)), shown,
				pages, query == null ? "" : query.strip(), matching.size());
	}

	/** The 5%, median and 95% ranks of the rows shown, for the chart. */
	public List<Integer> lows(IndexPublications.ResultsView view) {
		return rows.stream().map(r -> view.intervals().get(r.unitId()).low()).toList();
	}

	public List<Integer> highs(IndexPublications.ResultsView view) {
		return rows.stream().map(r -> view.intervals().get(r.unitId()).high()).toList();
	}

	public List<Integer> medians(IndexPublications.ResultsView view) {
		return rows.stream().map(r -> view.intervals().get(r.unitId()).median()).toList();
	}
}
