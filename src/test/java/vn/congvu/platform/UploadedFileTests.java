package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congvu.SampleFiles;
import vn.congvu.shared.InvalidInputException;

class UploadedFileTests {

	/** File name, the first bytes in hex, and the type found (blank: refused). */
	@ParameterizedTest(name = "{0} starting {1} → {2}")
	@CsvSource(textBlock = """
			anh.jpg,        ffd8ffe000104a46,     image/jpeg
			anh.png,        89504e470d0a1a0a0000, image/png
			bien-ban.pdf,   255044462d312e37,     application/pdf
			virus.jpg,      4d5a900003000000,     ''
			ghi-chu.pdf,    48656c6c6f20776f726c, ''
			anh-that.txt,   ffd8ffdb00430008,     image/jpeg
			ngan.png,       8950,                 ''
			""")
	void theTypeComesFromTheContentNotTheName(String name, String hex, String expected) {
		byte[] content = HexFormat.of().parseHex(hex);
		if (expected.isEmpty()) {
			assertThatThrownBy(() -> UploadedFile.of(name, content)).isInstanceOf(InvalidInputException.class)
				.hasMessage("upload.wrongType");
		}
		else { // the first bytes name the type; the whole file must then be one (see realFilesAreKept...)
			assertThat(UploadedFile.sniff(content)).contains(expected);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			anh.jpg,      image/jpeg
			anh.png,      image/png
			bien-ban.pdf, application/pdf
			""")
	void realFilesAreKeptWithTheirTypeAndChecksum(String name, String expected) {
		byte[] content = switch (expected) {
			case "image/jpeg" -> SampleFiles.jpeg();
			case "image/png" -> SampleFiles.png();
			default -> SampleFiles.pdf();
		};
		UploadedFile file = UploadedFile.of(name, content);
		assertThat(file.contentType()).isEqualTo(expected);
		assertThat(file.sha256()).hasSize(64);
	}

	@Test
	void disguisedAndActiveFilesAreRefused() {
		assertThatThrownBy(() -> UploadedFile.of("anh.png", HexFormat.of().parseHex("89504e470d0a1a0a0000")))
			.hasMessage("upload.wrongType"); // a PNG header with no picture behind it
		assertThatThrownBy(() -> UploadedFile.of("bien-ban.pdf", SampleFiles.pdfWithScript()))
			.hasMessage("upload.activePdf");
		UploadedFile polyglot = UploadedFile.of("anh.png", SampleFiles.pngWithZip());
		assertThat(new String(polyglot.content(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("PK\u0005\u0006");
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertThatThrownBy(() -> UploadedFile.of("rong.jpg", new byte[0])).hasMessage("upload.empty");
		byte[] big = new byte[(int) UploadedFile.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> UploadedFile.of("lon.jpg", big)).hasMessage("upload.tooLarge");
	}

	@Test
	void namesCannotCarryPathsOrHeaderBreaks() {
		byte[] pdf = SampleFiles.pdf();
		assertThat(UploadedFile.of("../../etc/passwd\r\n.pdf", pdf).fileName()).isEqualTo(".._.._etc_passwd__.pdf");
	}
}
