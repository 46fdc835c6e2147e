package vn.congvu.reformindex.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congvu.reformindex.IndexPublications;
import vn.congvu.reformindex.IndexResults;
import vn.congvu.reformindex.RankUncertainty;

/**
 * Published PAR Index results: {@code /api/v1/reform-index/publications}. Public; only what was published, exactly
 * as frozen. An unknown id is a problem+json 404.
 */
@RestController
@RequestMapping("/api/v1/reform-index/publications")
class ReformIndexApiController {

	private final IndexPublications publications;

	ReformIndexApiController(IndexPublications publications) {
		this.publications = publications;
	}

	/** One publication in the list. */
	record PublicationSummary(long id, int year, String unitType, OffsetDateTime publishedAt, String sha256) {
	}

	/** A content of the methodology and its maximum points (0 for bonus and penalty). */
	record Content(String code, String name, BigDecimal maxPoints) {
	}

	/**
	 * One unit's published result: total and percent of the maximum, rank (ties share a rank), group, the median
	 * rank and the 5% and 95% ranks of the uncertainty analysis (always holding the published rank), the 5% and 95%
	 * ranks of the draws alone (null in publications of the first format), and the score of each content by code.
	 */
	record UnitResult(long unitId, String code, String name, BigDecimal total, BigDecimal percent, int rank,
			@Nullable String group, int medianRank, int rankLow, int rankHigh, @Nullable Integer drawnRankLow,
			@Nullable Integer drawnRankHigh, Map<String, BigDecimal> contents) {
	}

	record Publication(long id, int year, String unitType, String methodology, OffsetDateTime publishedAt,
			String sha256, long seed, int draws, List<Content> contents, List<UnitResult> units) {
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Published PAR Index results")
	@GetMapping
	List<PublicationSummary> list() {
		return publications.publications().stream()
			.map(p -> new PublicationSummary(p.id(), p.year(), p.unitType(), p.publishedAt(), p.sha256())).toList();
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "One published PAR Index with every unit's result")
	@GetMapping("/{id}")
	Publication one(@PathVariable long id) {
		IndexPublications.Publication publication = publications.publication(id);
		IndexPublications.ResultsView view = publications.published(id);
		List<Content> contents = view.contents().stream().map(c -> new Content(c.code(), c.name(), c.maxPoints()))
			.toList();
		List<UnitResult> units = view.results().stream().map(r -> unit(r, view.intervals().get(r.unitId()))).toList();
		return new Publication(publication.id(), publication.year(), publication.unitType(), view.methodology().name(),
				publication.publishedAt(), publication.sha256(), publication.seed(), publication.draws(), contents,
				units);
	}

	private static UnitResult unit(IndexResults.UnitResult r, RankUncertainty.Interval interval) {
		return new UnitResult(r.unitId(), r.code(), r.name(), r.total(), r.percent(), r.rank(), r.group(),
				interval.median(), interval.low(), interval.high(), interval.drawnLow(), interval.drawnHigh(),
				r.contents());
	}

}
