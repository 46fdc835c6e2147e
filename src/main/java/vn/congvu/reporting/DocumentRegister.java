package vn.congvu.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.platform.PdfFonts;
import vn.congvu.platform.Rows;
import vn.congvu.platform.UploadedFile;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseDates;

/**
 * Sổ đăng ký văn bản đi: every document that leaves the system is issued here, in the transaction of the step that
 * issues it. It takes the next number of its authority's register for the year (gap-free: the counter row is held
 * until the transaction ends), is laid out with that number, the authority's letterhead and place and the signer on
 * the day, made archival (PDF/A-2b), signed once with the authority's key, and stored with its SHA-256. The stored
 * bytes are the document from then on: every download returns them, and the verification page recognises them.
 */
@Service
@Transactional
public class DocumentRegister {

	private static final String SELECT = """
			select d.id, d.reference, d.kind, d.summary, d.authority_id, a.name as authority_name, d.issued_on,
			       d.signer_title, d.signer_name, d.source, d.replaces_id, p.reference as replaces_reference,
			       r.id as replaced_by_id, r.reference as replaced_by_reference, d.sha256
			from reporting.issued_document d join reporting.authority a on a.id = d.authority_id
			left join reporting.issued_document p on p.id = d.replaces_id
			left join reporting.issued_document r on r.replaces_id = d.id
			""";

	private final JdbcClient jdbc;
	private final AuthorityRegister authorities;
	private final PdfSignatures signatures;
	private final PdfFonts fonts;
	private final AuditLog audit;
	private final Clock clock;

	DocumentRegister(JdbcClient jdbc, AuthorityRegister authorities, PdfSignatures signatures, PdfFonts fonts,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.authorities = authorities;
		this.signatures = signatures;
		this.fonts = fonts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What to issue: by which registered authority, what kind, about what, on which day, from which record
	 * (the module's own name for it: {@code "<module>.<record>:<id>"}), signed by whom ({@code null}: the authority's head or deputy on the day, from
	 * the staff assignments; a body passes its chair or leader from its own record), and the document it corrects.
	 */
	public record Draft(Authority authority, DocumentKind kind, String summary, LocalDate issuedOn, String source,
			OfficialDocument.@Nullable Signer signer, @Nullable Long replaces) {

		public Draft(Authority authority, DocumentKind kind, String summary, LocalDate issuedOn, String source) {
			this(authority, kind, summary, issuedOn, source, null, null);
		}
	}

	/** What the register gives the module to lay the document out with. */
	public record Letterhead(Authority authority, DocumentKind kind, String reference, LocalDate issuedOn,
			OfficialDocument.Signer signer) {
	}

	/** Lays a document out on its letterhead, to its closing: the register numbers, archives and signs it. */
	@FunctionalInterface
	public interface Layout {

		OfficialDocument write(Letterhead letterhead, OfficialDocument document);
	}

	/** An issued document with its bytes. */
	public record Issued(IssuedDocument document, byte[] pdf) {
	}

	public Issued issue(Draft draft, Layout layout) {
		Authority authority = draft.authority();
		if (!authority.existsOn(draft.issuedOn())) {
			throw new InvalidInputException("document.authorityNotInExistence", authority.name(),
					VietnameseDates.format(draft.issuedOn()));
		}
		if (draft.replaces() != null) {
			IssuedDocument replaced = find(draft.replaces());
			if (replaced.replaced() || !replaced.source().equals(draft.source())) {
				throw new InvalidInputException("document.cannotReplace", replaced.reference());
			}
		}
		int year = draft.issuedOn().getYear();
		int number = jdbc.sql("""
				insert into reporting.register_counter (authority_id, year, last_number) values (:a, :y, 1)
				on conflict (authority_id, year) do update set last_number = reporting.register_counter.last_number + 1
				returning last_number""").param("a", authority.id()).param("y", year).query(Integer.class).single();
		String reference = draft.kind().reference(number, authority.abbreviation());
		OfficialDocument.Signer signer = draft.signer() != null ? draft.signer()
				: authorities.signerOf(authority, draft.issuedOn());
		Letterhead letterhead = new Letterhead(authority, draft.kind(), reference, draft.issuedOn(), signer);
		OfficialDocument document = layout.write(letterhead, new OfficialDocument(fonts, authority.letterhead(),
				reference, authority.place(), draft.issuedOn(), draft.kind().title(), draft.summary()));
		byte[] laidOut = document.bytes();
		Instant now = clock.instant();
		String title = draft.kind().title() + " số " + reference + ": " + draft.summary();
		byte[] archival = ArchivalPdf.of(laidOut, title, authority.name(), now);
		byte[] signed = signatures.sign(archival, authority, title, document.signatureBox(), signer);
		String sha256 = UploadedFile.sha256(signed);
		long id = jdbc.sql("""
				insert into reporting.issued_document (authority_id, year, number, kind, reference, summary, issued_on,
				    issued_at, signer_title, signer_name, source, replaces_id, sha256, pdf)
				values (:a, :y, :n, :kind, :ref, :summary, :on, :at, :title, :name, :source, :replaces, :sha, :pdf)
				returning id""")
			.param("a", authority.id()).param("y", year).param("n", number).param("kind", draft.kind().name())
			.param("ref", reference).param("summary", draft.summary()).param("on", draft.issuedOn())
			.param("at", OffsetDateTime.ofInstant(now, clock.getZone())).param("title", signer.title())
			.param("name", signer.name()).param("source", draft.source()).param("replaces", draft.replaces())
			.param("sha", sha256).param("pdf", signed).query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reference", reference);
		after.put("authority", authority.name());
		after.put("source", draft.source());
		after.put("sha256", sha256);
		if (draft.replaces() != null) {
			after.put("replaces", draft.replaces());
		}
		audit.record("document.issue", "issuedDocument", id, null, after);
		return new Issued(find(id), signed);
	}

	@Transactional(readOnly = true)
	public IssuedDocument find(long id) {
		return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Rows.as(IssuedDocument.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("issuedDocument", id));
	}

	/** The document in force for a record: the latest issued for it that nothing replaced. */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> current(String source) {
		return jdbc.sql(SELECT + " where d.source = :source and r.id is null order by d.id desc limit 1")
			.param("source", source).query(Rows.as(IssuedDocument.class)).optional();
	}

	/** The signed bytes, exactly as issued. */
	@Transactional(readOnly = true)
	public byte[] pdf(long id) {
		return jdbc.sql("select pdf from reporting.issued_document where id = :id").param("id", id).query(byte[].class)
			.optional().orElseThrow(() -> new RecordNotFoundException("issuedDocument", id));
	}

	/** The issued document whose signed bytes have this SHA-256, if the system issued it. */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> bySha256(String sha256) {
		return jdbc.sql(SELECT + " where d.sha256 = :sha").param("sha", sha256).query(Rows.as(IssuedDocument.class))
			.optional();
	}
}
