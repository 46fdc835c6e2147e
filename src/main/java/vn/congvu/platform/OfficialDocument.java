package vn.congvu.platform;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An A4 administrative document in the usual Vietnamese layout (issuer and national motto side by side, place and
 * date, centred title), with an embedded font so every Vietnamese letter renders. Build it, then {@link #bytes()}.
 */
public final class OfficialDocument {

	private final PdfFonts fonts;
	private final Document document = new Document(PageSize.A4, 70, 50, 50, 50);
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	public OfficialDocument(PdfFonts fonts, String issuer, String place, LocalDate date, String title, String subtitle) {
		this.fonts = fonts;
		PdfWriter.getInstance(document, out);
		document.addTitle(title + " – " + subtitle);
		document.open();
		PdfPTable head = new PdfPTable(new float[] { 1, 1.3f });
		head.setWidthPercentage(100);
		head.addCell(plain(issuer.toUpperCase(java.util.Locale.forLanguageTag("vi")), fonts.bold(11)));
		head.addCell(plain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc", fonts.bold(11)));
		head.addCell(plain("", fonts.regular(11)));
		head.addCell(plain(place + ", ngày " + pad(date.getDayOfMonth()) + " tháng " + pad(date.getMonthValue())
				+ " năm " + date.getYear(), fonts.regular(11)));
		document.add(head);
		paragraph(title, fonts.bold(14), Element.ALIGN_CENTER, 18, 2);
		paragraph(subtitle, fonts.bold(12), Element.ALIGN_CENTER, 0, 12);
	}

	public OfficialDocument heading(String text) {
		return paragraph(text, fonts.bold(12), Element.ALIGN_LEFT, 10, 4);
	}

	public OfficialDocument text(String text) {
		return paragraph(text, fonts.regular(12), Element.ALIGN_JUSTIFIED, 0, 4);
	}

	/** A table with a bold header row. */
	public OfficialDocument table(float[] widths, String[] header, java.util.List<String[]> rows) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		for (String cell : header) {
			table.addCell(new PdfPCell(new Phrase(cell, fonts.bold(10))));
		}
		for (String[] row : rows) {
			for (String cell : row) {
				table.addCell(new PdfPCell(new Phrase(cell, fonts.regular(10))));
			}
		}
		document.add(table);
		return this;
	}

	/** The signature block on the right: the post, the name, and a note (e.g. when it was confirmed). */
	public OfficialDocument signature(String post, String name, String note) {
		paragraph(post, fonts.bold(12), Element.ALIGN_RIGHT, 20, 2);
		paragraph(note, fonts.regular(10), Element.ALIGN_RIGHT, 0, 30);
		return paragraph(name, fonts.bold(12), Element.ALIGN_RIGHT, 0, 0);
	}

	public byte[] bytes() {
		document.close();
		return out.toByteArray();
	}

	private OfficialDocument paragraph(String text, Font font, int alignment, float before, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		document.add(paragraph);
		return this;
	}

	private static PdfPCell plain(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(0);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private static String pad(int value) {
		return value < 10 ? "0" + value : String.valueOf(value);
	}
}
