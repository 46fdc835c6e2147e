package vn.congvu.reporting;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import java.awt.Color;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.jspecify.annotations.Nullable;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.platform.PdfFonts;
import vn.congvu.shared.VietnameseDates;
import org.springframework.stereotype.Service;
import vn.congvu.platform.UploadedFile;
import vn.congvu.shared.InvalidInputException;

/**
 * PAdES baseline-B signatures (ETSI EN 319 142) with EU DSS. {@link #sign} signs a document being issued with the key
 * of its registered authority (only {@link DocumentRegister} issues), drawing a visible signature in the space the
 * layout left for it. {@link #verify} checks every signature of a PDF offline against the trust anchors and gives one
 * verdict; it also tells content appended after the last signature, which a signature alone does not cover.
 */
@Service
public class PdfSignatures {

	private static final byte[] STAMP_FONT = PdfFonts.regularFile();
	private static final java.time.format.DateTimeFormatter STAMP_TIME = java.time.format.DateTimeFormatter
		.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final SigningKeys keys;
	private final Clock clock;
	private final io.micrometer.core.instrument.Timer signing;

	PdfSignatures(SigningKeys keys, Clock clock, io.micrometer.core.instrument.MeterRegistry metrics) {
		this.keys = keys;
		this.clock = clock;
		this.signing = io.micrometer.core.instrument.Timer.builder("congvu.signing")
			.description("Signing one document (PAdES, the authority's key)").register(metrics);
	}

	/**
	 * Signs a document in the name of a registered authority, with a visible signature in {@code box} (when the layout
	 * has one) naming the signer and the time.
	 */
	byte[] sign(byte[] pdf, Authority authority, String reason, OfficialDocument.@Nullable SignatureBox box,
			OfficialDocument.Signer signer) {
		return signing.record(() -> signNow(pdf, authority, reason, box, signer));
	}

	private byte[] signNow(byte[] pdf, Authority authority, String reason, OfficialDocument.@Nullable SignatureBox box,
			OfficialDocument.Signer signer) {
		SigningKeys.Key key = keys.keyOf(authority);
		try (Pkcs12SignatureToken token = new Pkcs12SignatureToken(key.pkcs12(),
				new KeyStore.PasswordProtection(key.password()))) {
			DSSPrivateKeyEntry entry = token.getKeys().get(0);
			Date now = Date.from(clock.instant());
			PAdESSignatureParameters parameters = new PAdESSignatureParameters();
			parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
			parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
			parameters.setSigningCertificate(entry.getCertificate());
			parameters.setCertificateChain(entry.getCertificateChain());
			parameters.setReason(reason);
			parameters.setLocation(authority.place() + ", Việt Nam");
			parameters.setSignerName(signer.name().isBlank() ? authority.name() : signer.name());
			parameters.bLevel().setSigningDate(now);
			if (box != null) {
				parameters.setImageParameters(stamp(box, authority, signer, now, key.demo()));
			}
			PAdESService service = new PAdESService(new CommonCertificateVerifier());
			service.setPdfObjFactory(new PdfBoxNativeObjectFactory()); // text drawn with the embedded font
			DSSDocument document = new InMemoryDocument(pdf);
			ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
			SignatureValue value = token.sign(toBeSigned, parameters.getDigestAlgorithm(), entry);
			DSSDocument signed = service.signDocument(document, parameters, value);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			signed.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The visible signature: who signed, for which authority, when; a demo key says it has no legal value. */
	private static SignatureImageParameters stamp(OfficialDocument.SignatureBox box, Authority authority,
			OfficialDocument.Signer signer, Date at, boolean demo) {
		SignatureFieldParameters field = new SignatureFieldParameters();
		field.setPage(box.page());
		field.setOriginX(box.left() + 8);
		field.setOriginY(842 - box.bottom() - box.height()); // from the top of an A4 page
		field.setWidth(box.width() - 16);
		field.setHeight(box.height());
		SignatureImageTextParameters text = new SignatureImageTextParameters();
		DSSFileFont font = new DSSFileFont(new InMemoryDocument(STAMP_FONT), 8);
		font.setEmbedFontSubset(true);
		text.setFont(font);
		text.setTextWrapping(TextWrapping.FILL_BOX_AND_LINEBREAK);
		text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.CENTER);
		text.setTextColor(new Color(0x1d, 0x3f, 0x8f));
		text.setBackgroundColor(Color.WHITE);
		text.setText("Ký số bởi: " + (signer.name().isBlank() ? authority.name() : signer.name()) + "\n"
				+ authority.name() + "\nThời gian ký: "
				+ STAMP_TIME.format(at.toInstant().atZone(VietnameseDates.VIETNAM))
				+ (demo ? "\nChứng thư DEMO – không có giá trị pháp lý" : ""));
		SignatureImageParameters image = new SignatureImageParameters();
		image.setFieldParameters(field);
		image.setTextParameters(text);
		return image;
	}

	/** One signature as verified. */
	public record Signature(String signedBy, @Nullable OffsetDateTime signedAt, boolean intact, boolean trusted,
			boolean demo, String indication, @Nullable String subIndication) {

		/** Unchanged since signing and chained to a trusted certificate (revocation aside: see {@link Verdict}). */
		public boolean valid() {
			return intact && trusted;
		}
	}

	/**
	 * The one thing the page says about a file: valid; changed (a signature no longer matches, or content was added
	 * after the last one); not trusted (a chain that ends outside the trust anchors); not checkable (intact and
	 * chained to a trusted root, but the certificate's revocation status could not be checked offline); unsigned.
	 */
	public enum Verdict {
		VALID, CHANGED, NOT_TRUSTED, NOT_CHECKABLE, UNSIGNED
	}

	/** What a PDF's verification found. */
	public record Verification(List<Signature> signatures, String sha256, boolean addedAfterSigning, Verdict verdict,
			String etsiReport) {

		/** Whether any signature was made with a demo key (no legal value). */
		public boolean demo() {
			return signatures.stream().anyMatch(Signature::demo);
		}
	}

	public Verification verify(byte[] pdf) {
		if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
			throw new InvalidInputException("signing.notPdf");
		}
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
		keys.trustAnchors().forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
		verifier.setTrustedCertSources(trusted);
		verifier.setAIASource(null); // offline: nothing is fetched from the network
		verifier.setOcspSource(null);
		verifier.setCrlSource(null);
		List<Signature> signatures = new ArrayList<>();
		String etsi;
		try {
			SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
			validator.setCertificateVerifier(verifier);
			validator.setEnableEtsiValidationReport(true);
			Reports reports = validator.validateDocument();
			SimpleReport simple = reports.getSimpleReport();
			for (String id : simple.getSignatureIdList()) {
				var diagnostic = reports.getDiagnosticData().getSignatureById(id);
				Indication indication = simple.getIndication(id);
				Date time = simple.getSigningTime(id);
				boolean trustedChain = diagnostic.getCertificateChain().stream().anyMatch(c -> c.isTrusted());
				boolean demo = diagnostic.getCertificateChain().stream()
					.anyMatch(c -> String.valueOf(c.getCommonName()).contains("DEMO"));
				signatures.add(new Signature(simple.getSignedBy(id),
						time == null ? null : time.toInstant().atZone(VietnameseDates.VIETNAM).toOffsetDateTime(),
						diagnostic.isSignatureIntact() && diagnostic.isSignatureValid(), trustedChain, demo,
						indication.name(), simple.getSubIndication(id) == null ? null : simple.getSubIndication(id).name()));
			}
			etsi = signatures.isEmpty() ? "" : reports.getXmlValidationReport();
		}
		catch (RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("signing.unreadable");
		}
		boolean added = !signatures.isEmpty() && addedAfterSigning(pdf);
		return new Verification(signatures, UploadedFile.sha256(pdf), added, verdict(signatures, added), etsi);
	}

	static Verdict verdict(List<Signature> signatures, boolean addedAfterSigning) {
		if (signatures.isEmpty()) {
			return Verdict.UNSIGNED;
		}
		if (addedAfterSigning || signatures.stream().anyMatch(s -> !s.intact())) {
			return Verdict.CHANGED;
		}
		if (signatures.stream().anyMatch(s -> !s.trusted())) {
			return Verdict.NOT_TRUSTED;
		}
		return signatures.stream().allMatch(s -> Indication.TOTAL_PASSED.name().equals(s.indication())
				|| Indication.PASSED.name().equals(s.indication())) ? Verdict.VALID : Verdict.NOT_CHECKABLE;
	}

	/**
	 * Whether the file goes on after the last byte a signature covers (an appended copy, or an update made after
	 * signing): the byte ranges of the signatures are compared with the length, trailing line ends aside.
	 */
	static boolean addedAfterSigning(byte[] pdf) {
		long covered = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				int[] range = signature.getByteRange();
				if (range != null && range.length == 4) {
					covered = Math.max(covered, (long) range[2] + range[3]);
				}
			}
		}
		catch (IOException ex) {
			return true;
		}
		long end = pdf.length;
		while (end > covered && (pdf[(int) end - 1] == '\n' || pdf[(int) end - 1] == '\r')) {
			end--;
		}
		return end > covered;
	}
}
