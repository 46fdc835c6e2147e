package vn.congvu.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Responses that hand the user a file: the right type, a UTF-8 file name, and no content sniffing by the browser. */
public final class Downloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	/** An .xlsx workbook to save. */
	public static ResponseEntity<byte[]> xlsx(byte[] file, String fileName) {
		return file(file, fileName, XLSX, false);
	}

	/** A file of the given type, to save ({@code inline} false) or to show in the browser. */
	public static ResponseEntity<byte[]> file(byte[] file, String fileName, MediaType type, boolean inline) {
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName, StandardCharsets.UTF_8).build();
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff").contentType(type).body(file);
	}
}
