package vn.congvu.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * What an upload really holds, beyond its first bytes. A photo is decoded and written again, so that nothing rides
 * behind the picture (a ZIP appended to a PNG, EXIF data such as the place it was taken); a PDF is parsed and
 * refused when it carries scripts, launch actions, embedded files or forms that run on opening.
 */
final class UploadContent {

	/** Pictures larger than this many pixels are refused before decoding (a small file can unpack to gigabytes). */
	static final long MAX_PIXELS = 40_000_000L;

	/** Keys that only active content uses (an opening view or a link is fine: its action is checked by type). */
	private static final Set<PdfName> ACTIVE_KEYS = Set.of(PdfName.JS, PdfName.JAVASCRIPT, PdfName.EMBEDDEDFILES,
			PdfName.EMBEDDEDFILE, PdfName.RICHMEDIA, PdfName.XFA);

	private static final Set<PdfName> ACTIVE_ACTIONS = Set.of(PdfName.JAVASCRIPT, PdfName.LAUNCH,
			PdfName.SUBMITFORM, PdfName.IMPORTDATA);

	private UploadContent() {
	}

	/** The picture written again in its own format, or {@code null} when it does not decode as one safe picture. */
	static byte @Nullable [] cleanImage(byte[] content, String format) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (in == null || !readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return null;
				}
				BufferedImage image = reader.read(0);
				ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
				return ImageIO.write(image, format, out) ? out.toByteArray() : null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/** Whether the PDF parses, is not encrypted and holds nothing that acts on its own. */
	static boolean passivePdf(byte[] content) {
		try {
			PdfReader reader = new PdfReader(content);
			try {
				if (reader.isEncrypted() || reader.getNumberOfPages() == 0) {
					return false;
				}
				for (int i = 1; i < reader.getXrefSize(); i++) {
					PdfObject object = reader.getPdfObject(i);
					if (object instanceof PdfDictionary dictionary && active(dictionary)) {
						return false;
					}
				}
				return true;
			}
			finally {
				reader.close();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean active(PdfDictionary dictionary) {
		for (PdfName key : dictionary.getKeys()) {
			if (ACTIVE_KEYS.contains(key)) {
				return true;
			}
		}
		PdfObject action = dictionary.get(PdfName.S);
		return action instanceof PdfName name && ACTIVE_ACTIONS.contains(name);
	}
}
