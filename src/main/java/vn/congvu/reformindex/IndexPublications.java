package vn.congvu.reformindex;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Rows;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Results and publications. Live results (for officers and leaders while the cycle runs) are computed from the
 * assessments; publishing freezes a snapshot (the methodology, every unit's points and survey, the comparison with
 * the previous publication, the random seed, the results and rank intervals) as one JSON text with its SHA-256.
 * Recomputing from that text gives the same figures: {@link #reproduces} checks it. Publications are public.
 * Publishing itself is {@link IndexPublishing}.
 */
@Service
@Transactional
public class IndexPublications {

	/** Draws of the published rank-uncertainty analysis; the live page uses fewer. */
	public static final int PUBLISHED_DRAWS = 10_000;
	static final int LIVE_DRAWS = 2_000;
	/** The snapshot's format; the number after the slash is {@link UncertaintyModel}'s format. */
	static final String FORMAT = "congvu-par-index/" + UncertaintyModel.CURRENT_FORMAT;

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private final JdbcClient jdbc;
	private final Methodologies methodologies;
	private final Assessments assessments;
	private final OrgUnitQueries units;
	private final LiveIndexInputs liveInputs;

	IndexPublications(JdbcClient jdbc, Methodologies methodologies, Assessments assessments, OrgUnitQueries units,
			LiveIndexInputs liveInputs) {
		this.jdbc = jdbc;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.units = units;
		this.liveInputs = liveInputs;
	}

	/**
	 * What a publication freezes: enough to recompute every figure.
	 *
	 * @param sensitivity the analysis with each source alone; null in publications of the first format
	 */
	public record Snapshot(String format, IndexInputs inputs, long seed, int draws,
			List<IndexResults.UnitResult> results, List<RankUncertainty.Interval> intervals,
			RankUncertainty.@Nullable Sensitivity sensitivity) {

		/** The format's number: which analysis made the intervals. */
		int formatNumber() {
			return Integer.parseInt(format.substring(format.lastIndexOf('/') + 1));
		}
	}

	/** A publication; {@code unitType} is its table's kinds ({@link Methodology#tableKey()}). */
	public record Publication(long id, long methodologyId, int year, String unitType, OffsetDateTime publishedAt,
			String publishedBy, long seed, int draws, String sha256) {

		/** The kinds of unit the table ranks, each an {@code OrgUnitType} name. */
		public List<String> kinds() {
			return List.of(unitType.split(","));
		}
	}

	/** Results with what the page needs: the contents, each unit's interval, whether everything is final. */
	public record ResultsView(Methodology methodology, List<Item> contents, List<IndexResults.UnitResult> results,
			Map<Long, RankUncertainty.Interval> intervals, RankUncertainty.@Nullable Sensitivity sensitivity, int draws,
			long seed, List<String> notFinal) {
	}

	/** The inputs of a methodology as they stand: final points where appraised, the unit's where not. */
	@Transactional(readOnly = true)
	public IndexInputs inputs(long methodologyId) {
		return liveInputs.inputs(methodologyId);
	}

	/** The live results, for officers and leaders, with a rank analysis of fewer draws seeded by the methodology. */
	@Transactional(readOnly = true)
	public ResultsView results(Viewer viewer, long methodologyId) {
		NotPermittedException.unless(viewer.mayManageReformIndex() || viewer.oversees());
		Methodology methodology = methodologies.find(methodologyId);
		IndexInputs inputs = inputs(methodologyId);
		List<IndexResults.UnitResult> results = IndexResults.compute(inputs);
		RankUncertainty.Analysis analysis = RankUncertainty.analyse(inputs, results, methodologyId, LIVE_DRAWS);
		return view(methodology, inputs, results, analysis.intervals(), analysis.sensitivity(), LIVE_DRAWS,
				methodologyId, notFinal(methodologyId));
	}

	/** The units whose result is not final yet, by name. */
	List<String> notFinal(long methodologyId) {
		return assessments.ofMethodology(Viewer.system(), methodologyId).stream()
			.filter(a -> a.status() != AssessmentStatus.FINAL).map(Assessments.Assessment::unitName).toList();
	}

	ResultsView view(Methodology methodology, IndexInputs inputs, List<IndexResults.UnitResult> results,
			List<RankUncertainty.Interval> intervals, RankUncertainty.@Nullable Sensitivity sensitivity, int draws,
			long seed, List<String> notFinal) {
		Map<Long, RankUncertainty.Interval> byUnit = new HashMap<>();
		intervals.forEach(i -> byUnit.put(i.unitId(), i));
		return new ResultsView(methodology, inputs.items().stream().filter(i -> i.level() == 1).toList(), results,
				byUnit, sensitivity, draws, seed, notFinal);
	}

	@Transactional(readOnly = true)
	public List<Publication> publications() {
		return jdbc.sql("""
				select id, methodology_id, year, unit_type, published_at, published_by, seed, draws, sha256
				from reformindex.publication order by year desc, unit_type""").query(Rows.as(Publication.class)).list();
	}

	@Transactional(readOnly = true)
	public Publication publication(long id) {
		return jdbc.sql("""
				select id, methodology_id, year, unit_type, published_at, published_by, seed, draws, sha256
				from reformindex.publication where id = :id""").param("id", id).query(Rows.as(Publication.class))
			.optional().orElseThrow(() -> new RecordNotFoundException("reformPublication", id));
	}

	/** The frozen text exactly as published (its SHA-256 is the publication's). */
	@Transactional(readOnly = true)
	public String snapshotText(long id) {
		return jdbc.sql("select snapshot from reformindex.publication where id = :id").param("id", id)
			.query(String.class).optional().orElseThrow(() -> new RecordNotFoundException("reformPublication", id));
	}

	@Transactional(readOnly = true)
	public Snapshot snapshot(long id) {
		return parse(snapshotText(id));
	}

	static Snapshot parse(String text) {
		return JSON.readValue(text, Snapshot.class);
	}

	/**
	 * The published view of a publication: its frozen results. A publication never changes, so the parsed view of the
	 * most recently read ones is kept in memory.
	 */
	@Transactional(readOnly = true)
	public ResultsView published(long id) {
		ResultsView cached = parsed.get(id);
		if (cached != null) {
			return cached;
		}
		Publication publication = publication(id);
		Snapshot snapshot = snapshot(id);
		ResultsView view = view(methodologies.find(publication.methodologyId()), snapshot.inputs(), snapshot.results(),
				snapshot.intervals(), snapshot.sensitivity(), snapshot.draws(), snapshot.seed(), List.of());
		parsed.put(id, view);
		return view;
	}

	/** Per application (a static map would be shared by two applications in one JVM, each with its own database). */
	private final Map<Long, ResultsView> parsed = java.util.Collections.synchronizedMap(
			new java.util.LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Long, ResultsView> eldest) {
					return size() > 8;
				}
			});

	/** A unit's year: its result, each content against the mean of all units, and its trend over publications. */
	public record UnitProfile(ResultsView view, IndexResults.UnitResult result, RankUncertainty.Interval interval,
			Map<String, BigDecimal> contentMeans, List<TrendPoint> trend) {

		/** The unit's points per content, in the contents' order (for the chart). */
		public List<BigDecimal> unitValues() {
			return view.contents().stream().map(c -> result.contents().get(c.code())).toList();
		}

		public List<BigDecimal> meanValues() {
			return view.contents().stream().map(c -> contentMeans.get(c.code())).toList();
		}
	}

	/** One year of a unit's trend: its own percent, or the mean of the former units it was formed from. */
	public record TrendPoint(int year, BigDecimal percent, @Nullable String basis) {
	}

	@Transactional(readOnly = true)
	public UnitProfile unitProfile(long publicationId, long unitId) {
		ResultsView view = published(publicationId);
		IndexResults.UnitResult result = view.results().stream().filter(r -> r.unitId() == unitId).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("reformUnit", unitId));
		Map<String, BigDecimal> means = new java.util.LinkedHashMap<>();
		for (Item content : view.contents()) {
			BigDecimal sum = view.results().stream().map(r -> r.contents().get(content.code()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			means.put(content.code(), sum.divide(BigDecimal.valueOf(view.results().size()), 2,
					java.math.RoundingMode.HALF_UP));
		}
		List<Comparisons.Former> formers = units.lineage(unitId).predecessors().stream()
			.filter(p -> p.otherUnitId() != null).map(p -> new Comparisons.Former(p.otherUnitId(), p.otherName()))
			.toList();
		List<TrendPoint> trend = new ArrayList<>();
		Publication publication = publication(publicationId);
		for (Publication earlier : publications().reversed()) {
			if (!earlier.unitType().equals(publication.unitType()) || earlier.year() > publication.year()) {
				continue;
			}
			Map<Long, BigDecimal> percents = new HashMap<>();
			published(earlier.id()).results().forEach(r -> percents.put(r.unitId(), r.percent()));
			IndexInputs.Previous point = Comparisons.previous(unitId, percents, earlier.year(), formers);
			if (point != null) {
				trend.add(new TrendPoint(earlier.year(), point.percent(),
						percents.containsKey(unitId) ? null : point.basis()));
			}
		}
		return new UnitProfile(view, result, view.intervals().get(unitId), means, trend);
	}

	/** The published results as an administrative document (PDF), signed when it was published. */
	@Transactional(readOnly = true)
	public byte[] resultsDocument(long id) {
		return jdbc.sql("select pdf from reformindex.publication where id = :id").param("id", id).query(byte[].class)
			.optional().orElseThrow(() -> new RecordNotFoundException("reformPublication", id));
	}

	/** The published results as a workbook. */
	@Transactional(readOnly = true)
	public byte[] resultsWorkbook(long id) {
		return ResultsWorkbook.write(published(id), publication(id).sha256());
	}

	/**
	 * Whether recomputing from a snapshot's text gives exactly its figures (with the analysis of its format, and its
	 * sensitivity summary), and the text still has its SHA-256.
	 */
	public static boolean reproduces(String text, String sha256) {
		Snapshot snapshot = parse(text);
		List<IndexResults.UnitResult> results = IndexResults.compute(snapshot.inputs());
		if (!UploadedFile.sha256(text.getBytes(StandardCharsets.UTF_8)).equals(sha256)
				|| !results.equals(snapshot.results())) {
			return false;
		}
		if (snapshot.formatNumber() < UncertaintyModel.CURRENT_FORMAT) {
			return snapshot.sensitivity() == null && RankUncertainty.run(snapshot.inputs(), snapshot.seed(),
					snapshot.draws(), snapshot.formatNumber()).equals(snapshot.intervals());
		}
		return RankUncertainty.analyse(snapshot.inputs(), results, snapshot.seed(), snapshot.draws())
			.equals(new RankUncertainty.Analysis(snapshot.intervals(), snapshot.sensitivity()));
	}
}
