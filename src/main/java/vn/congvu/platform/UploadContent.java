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
					throw new vn.congvu.shared.InvalidInputException("upload.tooManyPixels", reader.getWidth(0),
							reader.getHeight(0), MAX_PIXELS / 1_000_000);
				}
				BufferedImage image = reader.read(0);
				ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
				return ImageIO.write(image, format, out) ? out.toByteArray() : null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (vn.congvu.shared.InvalidInputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * A clean picture made no larger than {@code maxSide} pixels on its longer side (kept as is when it already fits),
	 * or {@code null} when it does not decode.
	 */
	static byte @Nullable [] fitted(byte[] content, String format, int maxSide) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image == null) {
				return null;
			}
			int longer = Math.max(image.getWidth(), image.getHeight());
			if (longer <= maxSide) {
				return content;
			}
			int width = Math.max(1, Math.round(image.getWidth() * (float) maxSide / longer));
			int height = Math.max(1, Math.round(image.getHeight() * (float) maxSide / longer));
			BufferedImage scaled = new BufferedImage(width, height,
					format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			java.awt.Graphics2D g = scaled.createGraphics();
			try {
				g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
						java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
				g.drawImage(image, 0, 0, width, height, null);
			}
			finally {
				g.dispose();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			return ImageIO.write(scaled, format, out) ? out.toByteArray() : null;
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
