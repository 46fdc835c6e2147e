import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Writes a one-page PDF signed ten times, one incremental PAdES baseline-B signature per signer (ten self-signed
 * RSA-2048 certificates), for the verification benchmark: the file a council's minutes signed by each member would be.
 */
public class TenSignatures {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args.length > 0 ? args[0] : "ten-signatures.pdf");
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			pdf = bytes.toByteArray();
		}
		PAdESService service = new PAdESService(new CommonCertificateVerifier());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		for (int i = 1; i <= 10; i++) {
			KeyPair pair = generator.generateKeyPair();
			X500Name name = new X500Name("CN=Thanh vien " + i + " (bench),O=Congvu,C=VN");
			Instant now = Instant.now();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
					name, BigInteger.valueOf(i), Date.from(now.minus(1, ChronoUnit.DAYS)),
					Date.from(now.plus(365, ChronoUnit.DAYS)), name, pair.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			PAdESSignatureParameters parameters = new PAdESSignatureParameters();
			parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
			parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
			parameters.setSigningCertificate(new CertificateToken(certificate));
			DSSDocument document = new InMemoryDocument(pdf);
			ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initSign(pair.getPrivate());
			rsa.update(toBeSigned.getBytes());
			SignatureValue value = new SignatureValue(eu.europa.esig.dss.enumerations.SignatureAlgorithm.RSA_SHA256,
					rsa.sign());
			pdf = DSSUtils.toByteArray(service.signDocument(document, parameters, value));
		}
		Files.write(out, pdf);
		System.out.println("wrote " + out + " (" + pdf.length + " bytes, 10 signatures)");
	}
}
