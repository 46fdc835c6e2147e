package vn.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.platform.PdfFonts;
import vn.congvu.reformindex.IndexPublications;

/**
 * PAdES signatures: a document signed with a demo authority's key verifies as intact and trusted (by EU DSS and by
 * poppler's pdfsig); a copy changed by one byte does not; a published PAR document is recognised by its SHA-256.
 */
public class SigningIntegrationTests extends IntegrationTestSupport {

	static final String AUTHORITY = "Ủy ban nhân dân Thành phố Hà Nội";

	@Autowired PdfSignatures signatures;
	@Autowired PdfFonts fonts;
	@Autowired IndexPublications publications;
	@Autowired vn.congvu.evaluation.AnnualClassifications annual;
	@Autowired vn.congvu.orgunit.OrgUnitQueries units;

	private byte[] document() {
		return new OfficialDocument(fonts, AUTHORITY, "Hà Nội", LocalDate.now(clock), "THÔNG BÁO", "Văn bản thử ký số")
			.text("Nội dung có đủ dấu tiếng Việt: ặ ẫ ỹ ự Đ.").signature("TM. ỦY BAN NHÂN DÂN", "", "").bytes();
	}

	/** The same file with one byte of its binary header comment changed: still a PDF, no longer what was signed. */
	public static byte[] changed(byte[] signed) {
		byte[] copy = signed.clone();
		int comment = new String(copy, 0, 64, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
		copy[comment] ^= 0x01;
		return copy;
	}

	@Test
	void aSignedDocumentVerifiesAndAChangedCopyDoesNot() throws Exception {
		byte[] signed = signatures.sign(document(), AUTHORITY, "Thử ký số");
		PdfSignatures.Verification verification = signatures.verify(signed);
		assertThat(verification.signatures()).singleElement().satisfies(s -> {
			assertThat(s.signedBy()).contains("Hà Nội");
			assertThat(s.intact()).isTrue();
			assertThat(s.trusted()).as("chains to the demo CA").isTrue();
			assertThat(s.valid()).isTrue();
			assertThat(s.signedAt()).isNotNull();
		});
		assertThat(verification.publishedAs()).as("not a published document").isNull();

		PdfSignatures.Verification broken = signatures.verify(changed(signed));
		assertThat(broken.signatures()).singleElement().satisfies(s -> {
			assertThat(s.intact()).isFalse();
			assertThat(s.valid()).isFalse();
		});
		assertThat(signatures.verify(document()).signatures()).as("an unsigned PDF").isEmpty();
		assertThatThrownBy(() -> signatures.verify("không phải PDF".getBytes())).hasMessageContaining("signing.notPdf");

		Path pdfsig = Path.of("/usr/bin/pdfsig");
		if (Files.isExecutable(pdfsig) || "true".equals(System.getenv("CI"))) {
			assertThat(pdfsig(signed)).contains("Signature Validation: Signature is Valid.");
			assertThat(pdfsig(changed(signed))).doesNotContain("Signature is Valid.");
		}
	}

	@Test
	void aPublishedParDocumentIsSignedAndRecognised() {
		byte[] published = publications.resultsDocument(publications.publications().getLast().id());
		PdfSignatures.Verification verification = signatures.verify(published);
		assertThat(verification.signatures()).singleElement().satisfies(s -> {
			assertThat(s.valid()).isTrue();
			assertThat(s.signedBy()).contains("Hoàn Kiếm");
		});
		assertThat(verification.publishedAs()).contains("Kết quả chỉ số cải cách hành chính năm 2017");
		assertThat(signatures.verify(changed(published)).publishedAs()).as("a changed copy is not the publication")
			.isNull();
	}

	@Test
	void theApprovedAnnualListLeavesSignedAndAPreviewDoesNot() {
		long cuaNam = units.byCode("00082", LocalDate.now(clock)).id();
		int approvedYear = java.time.YearMonth.now(clock).minusMonths(2).getYear(); // the demo approves this year's list
		assertThat(signatures.verify(annual.pdf(headOf(cuaNam), cuaNam, approvedYear, k -> k)).signatures())
			.singleElement().satisfies(s -> {
				assertThat(s.valid()).isTrue();
				assertThat(s.signedBy()).contains("Cửa Nam");
			});
		long hongHa = units.byCode("00097", LocalDate.now(clock)).id();
		assertThat(signatures.verify(annual.pdf(headOf(hongHa), hongHa, approvedYear, k -> k)).signatures())
			.as("a list not approved is a preview: not signed").isEmpty();
	}

	private static String pdfsig(byte[] pdf) throws Exception {
		Path file = Files.createTempFile("congvu-signed", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			process.waitFor();
			return output;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
