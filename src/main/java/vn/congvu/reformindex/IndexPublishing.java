package vn.congvu.reformindex;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.UploadedFile;
import vn.congvu.platform.Viewer;
import vn.congvu.reporting.AuthorityRegister;
import vn.congvu.reporting.DocumentRegister;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Publishing a PAR Index, the cycle's last step: once every unit's result is final, the results are frozen as a
 * snapshot with its SHA-256, and the notice that publishes them is issued from the register of the authority above
 * the assessed units as it exists today, numbered and signed. The methodology is then published and never changes.
 */
@Service
@Transactional
public class IndexPublishing {

	private final JdbcClient jdbc;
	private final IndexPublications publications;
	private final Methodologies methodologies;
	private final Assessments assessments;
	private final PublicationDocument document;
	private final DocumentRegister register;
	private final AuthorityRegister authorities;
	private final AuditLog audit;
	private final Clock clock;
	private final io.micrometer.core.instrument.Timer publishing;

	IndexPublishing(JdbcClient jdbc, IndexPublications publications, Methodologies methodologies,
			Assessments assessments, PublicationDocument document, DocumentRegister register,
			AuthorityRegister authorities, AuditLog audit, Clock clock,
			io.micrometer.core.instrument.MeterRegistry metrics) {
		this.jdbc = jdbc;
		this.publications = publications;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.document = document;
		this.register = register;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
		this.publishing = io.micrometer.core.instrument.Timer.builder("congvu.reform.index.publish")
			.description("Publishing a PAR Index: draws, snapshot, numbered and signed decision").register(metrics);
	}

	/** Freezes the results once every unit's result is final. */
	public long publish(Viewer viewer, long methodologyId) {
		NotPermittedException.unless(viewer.mayManageReformIndex());
		Methodology methodology = methodologies.find(methodologyId);
		if (!methodology.status().canBecome(MethodologyStatus.PUBLISHED)) {
			throw new InvalidInputException(methodology.published() ? "reform.publication.already"
					: "reform.publication.notInUse");
		}
		List<String> notFinal = publications.notFinal(methodologyId);
		if (!notFinal.isEmpty()) {
			throw new InvalidInputException("reform.publication.notFinal", String.join(", ", notFinal));
		}
		return publishing.record(() -> freeze(viewer, methodology, new SecureRandom().nextLong()));
	}

	long freeze(Viewer viewer, Methodology methodology, long seed) {
		IndexInputs inputs = publications.inputs(methodology.id());
		List<IndexResults.UnitResult> results = IndexResults.compute(inputs);
		RankUncertainty.Analysis analysis = RankUncertainty.analyse(inputs, results, seed,
				IndexPublications.PUBLISHED_DRAWS);
		IndexPublications.Snapshot snapshot = new IndexPublications.Snapshot(IndexPublications.FORMAT, inputs, seed,
				IndexPublications.PUBLISHED_DRAWS, results, analysis.intervals(), analysis.sensitivity());
		String text = IndexPublications.JSON.writeValueAsString(snapshot);
		String sha256 = UploadedFile.sha256(text.getBytes(StandardCharsets.UTF_8));
		OffsetDateTime now = OffsetDateTime.now(clock);
		IndexPublications.ResultsView view = publications.view(methodology, inputs, snapshot.results(),
				snapshot.intervals(), snapshot.sensitivity(), snapshot.draws(), seed, List.of());
		IndexPublications.Publication draft = new IndexPublications.Publication(0, methodology.id(), methodology.year(), methodology.tableKey(), now,
				viewer.displayName(), seed, IndexPublications.PUBLISHED_DRAWS, sha256);
		long issuingUnit = document.issuingUnit(assessments.ofMethodology(Viewer.system(), methodology.id()).stream()
			.map(Assessments.Assessment::unitPath).toList());
		LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
		vn.congvu.reporting.Authority issuer = authorities.competentFor(issuingUnit, today);
		byte[] pdf = register.issue(new DocumentRegister.Draft(issuer, vn.congvu.reporting.DocumentKind.NOTICE,
				"Kết quả Chỉ số cải cách hành chính năm " + methodology.year() + " – " + methodology.name(), today,
				"reformindex.methodology:" + methodology.id()),
				(letterhead, pdfDocument) -> document.write(draft, view, letterhead, pdfDocument)).pdf();
		long id = jdbc.sql("""
				insert into reformindex.publication (methodology_id, year, unit_type, published_at, published_by, seed,
				    draws, snapshot, sha256, pdf, pdf_sha256)
				values (:m, :y, :t, :at, :by, :seed, :draws, :s, :sha, :pdf, :pdfSha) returning id""")
			.param("m", methodology.id()).param("y", methodology.year()).param("t", methodology.tableKey())
			.param("at", now).param("by", viewer.displayName()).param("seed", seed).param("draws", IndexPublications.PUBLISHED_DRAWS)
			.param("s", text).param("sha", sha256).param("pdf", pdf).param("pdfSha", UploadedFile.sha256(pdf))
			.query(Long.class).single();
		jdbc.sql("update reformindex.methodology set status = 'PUBLISHED' where id = :m").param("m", methodology.id())
			.update();
		audit.record("reform.publish", "reform_publication", id, null,
				Map.of("methodology", methodology.id(), "sha256", sha256, "units", inputs.units().size()));
		return id;
	}
}
