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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.congvu.platform.UploadedFile;
import vn.congvu.shared.InvalidInputException;

/**
 * PAdES baseline-B signatures (ETSI EN 319 142) with EU DSS: {@link #sign} signs a PDF with the key of a signing
 * authority; {@link #verify} checks every signature of a PDF offline against the trust anchors, and says whether the
 * document is one the system published (by its SHA-256, through the {@link PublishedDocuments} of each module).
 */
@Service
public class PdfSignatures {

	private final SigningKeys keys;
	private final org.springframework.beans.factory.ObjectProvider<PublishedDocuments> published;
	private final Clock clock;

	/** The modules' published documents are looked up when a PDF is verified (they also sign, through this class). */
	PdfSignatures(SigningKeys keys, org.springframework.beans.factory.ObjectProvider<PublishedDocuments> published,
			Clock clock) {
		this.keys = keys;
		this.published = published;
		this.clock = clock;
	}

	/** What a module tells about a document it published, found by the SHA-256 of the file. */
	public interface PublishedDocuments {

		Optional<String> describe(String sha256);
	}

	/** Signs a PDF in the name of a signing authority, for a reason shown in readers' signature panels. */
	public byte[] sign(byte[] pdf, String authority, String reason) {
		SigningKeys.Key key = keys.keyOf(authority);
		try (Pkcs12SignatureToken token = new Pkcs12SignatureToken(key.pkcs12(),
				new KeyStore.PasswordProtection(key.password()))) {
			DSSPrivateKeyEntry entry = token.getKeys().get(0);
			PAdESSignatureParameters parameters = new PAdESSignatureParameters();
			parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
			parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
			parameters.setSigningCertificate(entry.getCertificate());
			parameters.setCertificateChain(entry.getCertificateChain());
			parameters.setReason(reason);
			parameters.setLocation("Việt Nam");
			parameters.setSignerName(authority);
			parameters.bLevel().setSigningDate(Date.from(clock.instant()));
			PAdESService service = new PAdESService(new CommonCertificateVerifier());
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

	/**
	 * Signs when the authority has a key, otherwise gives the document back unsigned: for documents whose workflow
	 * must not stop because a deployment has no key yet (an inspection's conclusion). Published results are signed
	 * with {@link #sign}, which refuses.
	 */
	public byte[] signIfPossible(byte[] pdf, String authority, String reason) {
		return keys.hasKey(authority) ? sign(pdf, authority, reason) : pdf;
	}

	/** One signature as verified. */
	public record Signature(String signedBy, @Nullable OffsetDateTime signedAt, boolean intact, boolean trusted,
			String indication, @Nullable String subIndication) {

		/**
		 * Unchanged since signing and chained to a trusted certificate. The ETSI indication is kept beside it: without
		 * revocation data (offline, or a CA that publishes none, like the demo CA) it stays INDETERMINATE even for a
		 * sound signature.
		 */
		public boolean valid() {
			return intact && trusted;
		}
	}

	/** What a PDF's verification found: its signatures, its SHA-256, and which published document it is, if any. */
	public record Verification(List<Signature> signatures, String sha256, @Nullable String publishedAs) {
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
		try {
			SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
			validator.setCertificateVerifier(verifier);
			Reports reports = validator.validateDocument();
			SimpleReport simple = reports.getSimpleReport();
			for (String id : simple.getSignatureIdList()) {
				var diagnostic = reports.getDiagnosticData().getSignatureById(id);
				Indication indication = simple.getIndication(id);
				Date time = simple.getSigningTime(id);
				boolean trustedChain = diagnostic.getCertificateChain().stream().anyMatch(c -> c.isTrusted());
				signatures.add(new Signature(simple.getSignedBy(id),
						time == null ? null : time.toInstant().atZone(vn.congvu.shared.VietnameseDates.VIETNAM).toOffsetDateTime(),
						diagnostic.isSignatureIntact() && diagnostic.isSignatureValid(), trustedChain, indication.name(),
						simple.getSubIndication(id) == null ? null : simple.getSubIndication(id).name()));
			}
		}
		catch (RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("signing.unreadable");
		}
		String sha256 = UploadedFile.sha256(pdf);
		String as = published.orderedStream().map(p -> p.describe(sha256)).flatMap(Optional::stream).findFirst().orElse(null);
		return new Verification(signatures, sha256, as);
	}
}
