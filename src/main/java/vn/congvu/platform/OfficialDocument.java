package vn.congvu.platform;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * An A4 administrative document laid out as Decree 30/2020/NĐ-CP describes, with an embedded font so every Vietnamese
 * letter renders: on the left the issuing authority under its superior, with the number and symbol beneath; on the
 * right the national motto with place and date beneath; the kind of document and its summary centred; the content;
 * and at the foot "Nơi nhận" on the left and the signer's capacity, title and name on the right. Build it, then
 * {@link #bytes()}.
 */
public final class OfficialDocument {

	private static final Locale VI = Locale.forLanguageTag("vi");

	/**
	 * The issuing authority as the law names it ("Ủy ban nhân dân phường Cửa Nam") and the authority directly above it
	 * ("Ủy ban nhân dân thành phố Hà Nội"), if any.
	 */
	public record Authority(@Nullable String superior, String name) {
	}

	/**
	 * Who signs: the capacity in which they sign ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", or empty when signing in their
	 * own name), their title ("CHỦ TỊCH") and name.
	 */
	public record Signer(String capacity, String title, String name) {
	}

	/**
	 * Where the signature goes: the blank space between the signer's title and name, in PDF points from the page's
	 * bottom-left corner, on a 1-based page. The signing library draws the visible signature there.
	 */
	public record SignatureBox(int page, float left, float bottom, float width, float height) {
	}

	private final PdfFonts fonts;
	private @Nullable SignatureBox signatureBox;
	private final PdfWriter writer;
	private final Document document = new Document(PageSize.A4, 85, 57, 57, 57); // margins 30, 20, 20, 20 mm
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/**
	 * Opens a document: {@code kind} is its name in capitals ("QUYẾT ĐỊNH", "KẾT LUẬN"), {@code summary} what it is
	 * about ("Về việc thi hành kỷ luật …"), {@code number} its number and symbol ("12/QĐ-UBND"; empty when it has
	 * none yet).
	 */
	public OfficialDocument(PdfFonts fonts, Authority issuer, String number, String place, LocalDate date, String kind,
			String summary) {
		this.fonts = fonts;
		writer = PdfWriter.getInstance(document, out);
		writer.setPdfVersion(PdfWriter.VERSION_1_7); // PDF/A-2 is based on PDF 1.7
		document.addTitle(kind + " – " + summary);
		document.open();
		PdfPTable head = new PdfPTable(new float[] { 1, 1.35f });
		head.setWidthPercentage(100);
		PdfPCell left = cell(Element.ALIGN_CENTER);
		if (issuer.superior() != null && !issuer.superior().isBlank()) {
			left.addElement(centred(issuer.superior().toUpperCase(VI), fonts.regular(12)));
		}
		left.addElement(centred(issuer.name().toUpperCase(VI), fonts.bold(12)));
		left.addElement(rule(30));
		left.addElement(centred(number.isBlank() ? "Số:        /" : "Số: " + number, fonts.regular(13)));
		PdfPCell right = cell(Element.ALIGN_CENTER);
		right.addElement(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold(12)));
		right.addElement(centred("Độc lập - Tự do - Hạnh phúc", fonts.bold(13)));
		right.addElement(rule(45));
		right.addElement(centred(place + ", ngày " + pad(date.getDayOfMonth()) + " tháng " + pad(date.getMonthValue())
				+ " năm " + date.getYear(), fonts.italic(13)));
		head.addCell(left);
		head.addCell(right);
		document.add(head);
		paragraph(kind.toUpperCase(VI), fonts.bold(14), Element.ALIGN_CENTER, 18, 2);
		paragraph(summary, fonts.bold(13), Element.ALIGN_CENTER, 0, 0);
		document.add(rule(20));
		paragraph("", fonts.regular(6), Element.ALIGN_LEFT, 0, 6);
	}

	public OfficialDocument heading(String text) {
		return paragraph(text, fonts.bold(13), Element.ALIGN_LEFT, 10, 4);
	}

	public OfficialDocument text(String text) {
		return paragraph(text, fonts.regular(13), Element.ALIGN_JUSTIFIED, 0, 6);
	}

	/** A line in a monospaced font, not justified: a check sum or code a reader compares character by character. */
	public OfficialDocument code(String label, String code) {
		Paragraph paragraph = new Paragraph(label, fonts.regular(13));
		paragraph.add(new Chunk(code, fonts.mono(10)));
		paragraph.setAlignment(Element.ALIGN_LEFT);
		paragraph.setSpacingAfter(6);
		document.add(paragraph);
		return this;
	}

	/** A table with a bold header row. */
	public OfficialDocument table(float[] widths, String[] header, java.util.List<String[]> rows) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setHeaderRows(1);
		for (String cell : header) {
			table.addCell(new PdfPCell(new Phrase(cell, fonts.bold(11))));
		}
		for (String[] row : rows) {
			for (String cell : row) {
				table.addCell(new PdfPCell(new Phrase(cell, fonts.regular(11))));
			}
		}
		document.add(table);
		return this;
	}

	/**
	 * The foot of the document: "Nơi nhận" with the recipients on the left (the file copy, "Lưu: VT", is added), and
	 * on the right the signer's capacity and title, the space for the signature, the name and the {@code note} (how it
	 * was confirmed or issued).
	 */
	public OfficialDocument closing(List<String> recipients, Signer signer, String note) {
		PdfPTable foot = new PdfPTable(new float[] { 1, 1.2f });
		foot.setWidthPercentage(100);
		foot.setSpacingBefore(16);
		foot.setKeepTogether(true);
		PdfPCell left = cell(Element.ALIGN_LEFT);
		left.addElement(new Paragraph("Nơi nhận:", fonts.boldItalic(12)));
		for (String recipient : recipients) {
			left.addElement(new Paragraph("- " + recipient + ";", fonts.regular(11)));
		}
		left.addElement(new Paragraph("- Lưu: VT.", fonts.regular(11)));
		PdfPCell right = cell(Element.ALIGN_CENTER);
		if (!signer.capacity().isBlank()) {
			right.addElement(centred(signer.capacity().toUpperCase(VI), fonts.bold(13)));
		}
		right.addElement(centred(signer.title().toUpperCase(VI), fonts.bold(13)));
		right.addElement(signatureSpace());
		right.addElement(centred(signer.name(), fonts.bold(13)));
		if (!note.isBlank()) { // under the name: the signature space stays free for the signature drawn there
			right.addElement(centred(note, fonts.italic(10)));
		}
		foot.addCell(left);
		foot.addCell(right);
		document.add(foot);
		return this;
	}

	/** Where the signature space was laid out; known once the document is written by {@link #bytes()}. */
	public @Nullable SignatureBox signatureBox() {
		return signatureBox;
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

	private static Paragraph centred(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setLeading(font.getSize() * 1.25f);
		return paragraph;
	}

	/**
	 * The blank space where the signature goes, recorded by a cell event so the signing library can draw the visible
	 * signature exactly there.
	 */
	private PdfPTable signatureSpace() {
		PdfPTable space = new PdfPTable(1);
		space.setWidthPercentage(100);
		PdfPCell cell = new PdfPCell(new Phrase(" ", fonts.regular(8)));
		cell.setBorder(0);
		cell.setFixedHeight(62);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.setCellEvent((PdfPCell c, org.openpdf.text.Rectangle position, org.openpdf.text.pdf.PdfContentByte[] canvases) ->
			signatureBox = new SignatureBox(writer.getPageNumber(), position.getLeft(), position.getBottom(),
					position.getWidth(), position.getHeight()));
		space.addCell(cell);
		return space;
	}

	/** The short line under the issuer, the motto and the summary ({@code percent} of the column's width). */
	private Paragraph rule(float percent) {
		// every chunk names an embedded font: a chunk without one would bring in a standard font that is not embedded
		Chunk separator = new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, -2));
		separator.setFont(fonts.regular(6));
		Paragraph line = new Paragraph(separator);
		line.setFont(fonts.regular(6));
		line.setSpacingAfter(4);
		return line;
	}

	private static PdfPCell cell(int alignment) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(0);
		cell.setHorizontalAlignment(alignment);
		return cell;
	}

	private static String pad(int value) {
		return value < 10 ? "0" + value : String.valueOf(value);
	}
}
