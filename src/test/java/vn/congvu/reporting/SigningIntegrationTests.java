package vn.congvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.reformindex.IndexPublications;
import vn.congvu.shared.InvalidInputException;

/**
 * The register of outgoing documents and the signatures on what it issues: numbers per authority and year without
 * gaps or repeats (also under concurrent issue and after a rollback), documents that never change and corrections
 * that replace them, keys only for registered authorities, PDF/A-2b by veraPDF, a visible signature, and the one
 * verdict of the verification (valid or not checkable, changed by a byte or by bytes appended, unsigned).
 */
public class SigningIntegrationTests extends IntegrationTestSupport {

	@Autowired PdfSignatures signatures;
	@Autowired DocumentRegister register;
	@Autowired AuthorityRegister authorities;
	@Autowired SigningKeys keys;
	@Autowired IndexPublications publications;
	@Autowired vn.congvu.evaluation.AnnualClassifications annual;
	@Autowired vn.congvu.orgunit.OrgUnitQueries units;
	@Autowired JdbcClient jdbc;
	@Autowired TransactionTemplate transactions;

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Authority city() {
		long hanoi = units.byCode("01", today()).id();
		return transactions.execute(status -> authorities.competentFor(hanoi, today()));
	}

	private DocumentRegister.Issued notice(Authority authority, String source, Long replaces) {
		return transactions.execute(status -> register.issue(new DocumentRegister.Draft(authority,
				DocumentKind.NOTICE, "Văn bản thử sổ đăng ký", today(), source, null, replaces),
				(letterhead, document) -> document.text("Nội dung có đủ dấu tiếng Việt: ặ ẫ ỹ ự Đ.")
					.closing(List.of("Các đơn vị"), letterhead.signer(), "")));
	}

	/** The same file with one byte of its binary header comment changed: still a PDF, no longer what was signed. */
	public static byte[] changed(byte[] signed) {
		byte[] copy = signed.clone();
		int comment = new String(copy, 0, 64, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
		copy[comment] ^= 0x01;
		return copy;
	}

	/** The same file with bytes appended after the signed revision. */
	public static byte[] appended(byte[] signed) {
		byte[] extra = "\n% thêm sau khi ký\n1 0 obj (sửa) endobj\n".getBytes(StandardCharsets.UTF_8);
		byte[] copy = java.util.Arrays.copyOf(signed, signed.length + extra.length);
		System.arraycopy(extra, 0, copy, signed.length, extra.length);
		return copy;
	}

	@Test
	void anIssuedDocumentIsNumberedArchivalSignedVisiblyAndVerifiedWithOneVerdict() throws Exception {
		Authority city = city();
		assertThat(city.kind()).isEqualTo(AuthorityKind.PEOPLES_COMMITTEE);
		assertThat(city.name()).isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
		DocumentRegister.Issued issued = notice(city, "test:one", null);
		assertThat(issued.document().reference()).matches("\\d+/TB-UBND");
		assertThat(register.pdf(issued.document().id())).as("stored as issued").isEqualTo(issued.pdf());
		try (PDDocument pdf = Loader.loadPDF(issued.pdf())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Số: " + issued.document().reference(), "Hà Nội, ngày", "THÔNG BÁO",
					"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi");
			// the visible signature: a widget with an appearance, in the space left between the title and the name
			var widget = pdf.getDocumentCatalog().getAcroForm().getFields().stream()
				.filter(f -> f instanceof org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField).findFirst()
				.orElseThrow().getWidgets().getFirst();
			assertThat(widget.getRectangle().getWidth()).isGreaterThan(100);
			assertThat(widget.getRectangle().getHeight()).isGreaterThan(40);
			assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream().getResources()
				.getFontNames()).as("the stamp's text is written with an embedded font").isNotEmpty();
			assertThat(widget.isPrinted()).as("PDF/A: a visible signature prints").isTrue();
			Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(Path.of("target", "screenshots", "issued-notice.pdf"), issued.pdf());
			javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 80),
					"png", Path.of("target", "screenshots", "issued-notice.png").toFile());
		}
		assertThat(ArchiveChecks.pdfA2bFailures(issued.pdf())).as("PDF/A-2b by veraPDF").isEmpty();

		PdfSignatures.Verification verification = signatures.verify(issued.pdf());
		assertThat(verification.signatures()).singleElement().satisfies(s -> {
			assertThat(s.intact()).isTrue();
			assertThat(s.trusted()).as("chains to the demo CA").isTrue();
			assertThat(s.demo()).isTrue();
		});
		assertThat(verification.verdict()).as("the demo CA publishes no revocation data: never called valid")
			.isEqualTo(PdfSignatures.Verdict.NOT_CHECKABLE);
		assertThat(verification.addedAfterSigning()).isFalse();
		assertThat(verification.etsiReport()).contains("ValidationReport", "SignatureValidationReport");
		assertThat(register.bySha256(verification.sha256())).get()
			.satisfies(d -> assertThat(d.reference()).isEqualTo(issued.document().reference()));

		PdfSignatures.Verification broken = signatures.verify(changed(issued.pdf()));
		assertThat(broken.verdict()).isEqualTo(PdfSignatures.Verdict.CHANGED);
		assertThat(register.bySha256(broken.sha256())).as("a changed copy is not the document").isEmpty();
		PdfSignatures.Verification longer = signatures.verify(appended(issued.pdf()));
		assertThat(longer.addedAfterSigning()).isTrue();
		assertThat(longer.signatures()).as("the signed revision itself is intact").allMatch(s -> s.intact());
		assertThat(longer.verdict()).as("bytes appended after signing").isEqualTo(PdfSignatures.Verdict.CHANGED);
		byte[] unsigned = new OfficialDocument(new vn.congvu.platform.PdfFonts(), city.letterhead(), "", "Hà Nội", today(),
				"THÔNG BÁO", "Không ký").closing(List.of(), new OfficialDocument.Signer("", "Chủ tịch", ""), "").bytes();
		assertThat(signatures.verify(unsigned).verdict()).isEqualTo(PdfSignatures.Verdict.UNSIGNED);
		assertThatThrownBy(() -> signatures.verify("không phải PDF".getBytes())).hasMessageContaining("signing.notPdf");

		Path pdfsig = Path.of("/usr/bin/pdfsig");
		if (Files.isExecutable(pdfsig) || "true".equals(System.getenv("CI"))) {
			assertThat(run(issued.pdf(), "pdfsig")).contains("Signature Validation: Signature is Valid.");
			assertThat(run(changed(issued.pdf()), "pdfsig")).doesNotContain("Signature is Valid.");
			String fonts = run(issued.pdf(), "pdffonts");
			assertThat(fonts.lines().skip(2).toList()).as("every font embedded").isNotEmpty()
				.allSatisfy(line -> assertThat(line).doesNotContain("Helvetica").containsPattern(" yes +yes +(yes|no) +\\d+"));
		}
	}

	@Test
	void numbersAreGapFreeUnderConcurrencyAndARolledBackIssueUsesNoNumber() throws Exception {
		Authority city = city();
		int year = today().getYear();
		Callable<String> issue = () -> notice(city, "test:concurrent", null).document().reference();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<String>> futures = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			futures.add(pool.submit(issue));
		}
		for (Future<String> f : futures) {
			f.get();
		}
		pool.shutdown();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			register.issue(new DocumentRegister.Draft(city, DocumentKind.NOTICE, "Bị hủy", today(), "test:rollback"),
					(letterhead, document) -> document.closing(List.of(), letterhead.signer(), ""));
			throw new IllegalStateException("the step that issues fails after the number was taken");
		})).isInstanceOf(IllegalStateException.class);
		notice(city, "test:after-rollback", null);
		List<Integer> numbers = jdbc.sql("""
				select number from reporting.issued_document where authority_id = :a and year = :y order by number""")
			.param("a", city.id()).param("y", year).query(Integer.class).list();
		assertThat(numbers).as("1, 2, 3 … with no gap and no repeat").hasSizeGreaterThanOrEqualTo(13);
		for (int i = 0; i < numbers.size(); i++) {
			assertThat(numbers.get(i)).isEqualTo(i + 1);
		}
		assertThat(jdbc.sql("select count(*) from reporting.issued_document where source = 'test:rollback'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anIssuedDocumentNeverChangesAndACorrectionReplacesIt() {
		Authority city = city();
		DocumentRegister.Issued first = notice(city, "test:corrected", null);
		assertThatThrownBy(() -> jdbc.sql("update reporting.issued_document set summary = 'sửa' where id = :id")
			.param("id", first.document().id()).update()).hasMessageContaining("never changed");
		assertThatThrownBy(() -> jdbc.sql("delete from reporting.issued_document where id = :id")
			.param("id", first.document().id()).update()).hasMessageContaining("never changed");
		DocumentRegister.Issued correction = notice(city, "test:corrected", first.document().id());
		assertThat(register.find(first.document().id()).replacedByReference())
			.isEqualTo(correction.document().reference());
		assertThat(correction.document().replacesReference()).isEqualTo(first.document().reference());
		assertThat(register.current("test:corrected")).get().extracting(IssuedDocument::id)
			.isEqualTo(correction.document().id());
		assertThat(register.bySha256(first.document().sha256())).get().satisfies(d -> assertThat(d.replaced()).isTrue());
		assertThatThrownBy(() -> notice(city, "test:corrected", first.document().id()))
			.as("a replaced document is not replaced twice").isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> notice(city, "test:other", correction.document().id()))
			.as("a correction belongs to the same record").isInstanceOf(InvalidInputException.class);
	}

	@Test
	void onlyRegisteredAuthoritiesHaveKeysAndAnAuthorityIssuesOnlyWhileItExists() throws Exception {
		Authority typed = new Authority(-1, "cong-ty-abc", AuthorityKind.UNIT, "Công ty ABC", null, "Hà Nội", "ABC", 1,
				null, today(), null);
		assertThatThrownBy(() -> keys.keyOf(typed)).as("nothing mints a key for a typed name")
			.isInstanceOf(IllegalArgumentException.class);
		List<String> codes = jdbc.sql("select code from reporting.authority").query(String.class).list();
		try (var files = Files.list(properties.dataDir().resolve("signing").resolve("keys"))) {
			assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".p12"))
				.map(n -> n.substring(0, n.length() - 4)).toList()).as("every key belongs to a registered authority").isNotEmpty().allSatisfy(code -> assertThat(codes).contains(code));
		}
		// the 2017 wards' district ended on 01/07/2025: today its results are issued by the city, and the district
		// itself cannot issue today
		var district = units.byCode("002", LocalDate.of(2018, 6, 1));
		Authority now = transactions.execute(status -> authorities.competentFor(district.id(), today()));
		assertThat(now.name())
			.isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
		Authority former = transactions.execute(status -> authorities.competentFor(district.id(), LocalDate.of(2018, 6, 1)));
		assertThat(former.name()).isEqualTo("Ủy ban nhân dân quận Hoàn Kiếm");
		assertThatThrownBy(() -> notice(former, "test:former", null)).hasMessageContaining("document.authorityNotInExistence");
	}

	@Autowired vn.congvu.platform.CongvuProperties properties;
	@Autowired List<EarlierDocuments> earlier;

	@Test
	void everyKindTheSystemIssuesIsRecognisedAndArchival() throws Exception {
		byte[] published = publications.resultsDocument(publications.publications().getLast().id());
		PdfSignatures.Verification verification = signatures.verify(published);
		assertThat(verification.signatures()).singleElement().satisfies(s -> assertThat(s.valid()).isTrue());
		assertThat(register.bySha256(verification.sha256())).get().satisfies(d -> {
			assertThat(d.summary()).contains("Kết quả Chỉ số cải cách hành chính năm");
			assertThat(d.reference()).matches("\\d+/TB-UBND");
			assertThat(d.authorityName()).as("issued today by today's competent authority")
				.isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
		});
		assertThat(ArchiveChecks.pdfA2bFailures(published)).isEmpty();
		assertThat(earlier).as("publications signed before the register are still recognised by their SHA-256")
			.anySatisfy(e -> assertThat(e.describe(verification.sha256())).get().asString()
				.contains("Kết quả chỉ số cải cách hành chính năm"));

		long cuaNam = units.byCode("00082", today()).id();
		int approvedYear = java.time.YearMonth.now(clock).minusMonths(2).getYear(); // the demo approves this year's list
		byte[] list = transactions.execute(status -> annual.pdf(headOf(cuaNam), cuaNam, approvedYear));
		byte[] again = transactions.execute(status -> annual.pdf(headOf(cuaNam), cuaNam, approvedYear));
		assertThat(again).as("signed once at approval: the same bytes at every download").isEqualTo(list);
		assertThat(signatures.verify(list).signatures()).singleElement()
			.satisfies(s -> assertThat((Object) s.valid()).isEqualTo(true));
		assertThat(register.bySha256(signatures.verify(list).sha256())).get()
			.satisfies(d -> assertThat(d.authorityName()).isEqualTo("Ủy ban nhân dân phường Cửa Nam"));
		assertThat(ArchiveChecks.pdfA2bFailures(list)).isEmpty();
		Files.createDirectories(Path.of("target", "screenshots")); // to look at
		Files.write(Path.of("target", "screenshots", "par-publication.pdf"), published);
		Files.write(Path.of("target", "screenshots", "annual-list.pdf"), list);
		long hongHa = units.byCode("00097", today()).id();
		assertThat(signatures.verify(transactions.execute(status -> annual.pdf(headOf(hongHa), hongHa, approvedYear)))
			.signatures()).as("a list not approved is a preview: not signed").isEmpty();
	}

	private static String run(byte[] pdf, String tool) throws Exception {
		Path file = Files.createTempFile("congvu-signed", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder(tool, file.toString()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return output;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
