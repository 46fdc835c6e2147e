package vn.congvu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.stereotype.Component;

/**
 * Fonts for PDFs: Liberation Serif (metric-compatible with Times New Roman, which official documents use under
 * Decree 30/2020), embedded as a subset so every Vietnamese letter renders on any reader.
 */
@Component
public class PdfFonts {

	private final BaseFont regular = load("liberation/LiberationSerif-Regular.ttf");
	private final BaseFont bold = load("liberation/LiberationSerif-Bold.ttf");
	private final BaseFont italic = load("liberation/LiberationSerif-Italic.ttf");
	private final BaseFont boldItalic = load("liberation/LiberationSerif-BoldItalic.ttf");
	private final BaseFont mono = load("liberation/LiberationMono-Regular.ttf");

	public Font regular(float size) {
		return new Font(regular, size);
	}

	public Font bold(float size) {
		return new Font(bold, size);
	}

	public Font italic(float size) {
		return new Font(italic, size);
	}

	public Font boldItalic(float size) {
		return new Font(boldItalic, size);
	}

	/** A monospaced font, for check sums and codes a reader compares character by character. */
	public Font mono(float size) {
		return new Font(mono, size);
	}

	/** The regular face as a TrueType file, for the visible signature stamp drawn by the signing library. */
	public static byte[] regularFile() {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
			if (in == null) {
				throw new IllegalStateException("Font LiberationSerif-Regular.ttf is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BaseFont load(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is missing from the classpath");
			}
			byte[] bytes = in.readAllBytes();
			return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
