package vn.congvu;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Real files for upload tests: pictures that decode, a plain PDF, and disguised or active ones. */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	/** A PNG with a ZIP archive appended: a picture viewer shows the picture, an unzipper finds the archive. */
	public static byte[] pngWithZip() {
		byte[] png = png();
		byte[] zip = { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		byte[] both = java.util.Arrays.copyOf(png, png.length + zip.length);
		System.arraycopy(zip, 0, both, png.length, zip.length);
		return both;
	}

	public static byte[] pdf() {
		return pdf(null);
	}

	/** A PDF that runs a script when opened. */
	public static byte[] pdfWithScript() {
		return pdf("app.alert('xin chào');");
	}

	private static byte[] pdf(String script) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Bien ban kiem tra"));
		if (script != null) {
			writer.addJavaScript(script);
		}
		document.close();
		return out.toByteArray();
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, Color.RED.getRGB());
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
