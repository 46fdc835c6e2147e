package vn.congvu.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import vn.congvu.platform.UploadedFile;

/** Pictures drawn for the demo (illustrations and scanned-looking evidence), never photos of anyone. */
final class DemoFiles {

	private DemoFiles() {
	}

	/** A drawn illustration: a gradient, a building and a caption. */
	static UploadedFile illustration(String caption, Color top, Color bottom) {
		BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, top, 0, 800, bottom));
			g.fillRect(0, 0, 1200, 800);
			g.setColor(new Color(255, 255, 255, 210));
			g.fillRect(350, 300, 500, 400);
			g.fillPolygon(new int[] { 320, 600, 880 }, new int[] { 300, 160, 300 }, 3);
			g.setColor(new Color(0x444444));
			for (int x = 400; x < 820; x += 110) {
				g.fillRect(x, 380, 60, 90);
			}
			g.fillRect(560, 560, 80, 140);
			g.setColor(Color.WHITE);
			g.setFont(g.getFont().deriveFont(64f));
			g.drawString(caption, 60, 110);
		}
		finally {
			g.dispose();
		}
		return jpeg(image, "minh-hoa.jpg");
	}

	/** A page-like image with a title, standing for a scanned document. */
	static UploadedFile image(String title, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(new Color(0x333333));
			g.setFont(g.getFont().deriveFont(28f));
			g.drawString(title, 40, 70);
			g.setColor(new Color(0xbbbbbb));
			for (int y = 120; y < height - 40; y += 32) {
				g.fillRect(40, y, width - 80 - (y * 7 % 160), 10);
			}
		}
		finally {
			g.dispose();
		}
		return jpeg(image, "minh-chung.jpg");
	}

	private static UploadedFile jpeg(BufferedImage image, String name) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UploadedFile.of(name, out.toByteArray());
	}
}
