package vn.congvu.feedback.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.congvu.feedback.ServicePointView;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.PdfFonts;

/** The printable A4 poster of a service point: unit, desk, QR code of the phone survey, hotline. */
@Controller
class PosterController {

	private static final float QR_SIZE = 300;

	private final ServicePoints servicePoints;
	private final PdfFonts fonts;
	private final vn.congvu.platform.PublicAddress address;

	PosterController(ServicePoints servicePoints, PdfFonts fonts, vn.congvu.platform.PublicAddress address) {
		this.address = address;
		this.servicePoints = servicePoints;
		this.fonts = fonts;
	}

	@GetMapping("/public/service-points/{code}/poster.pdf")
	ResponseEntity<byte[]> poster(@PathVariable String code) throws WriterException {
		ServicePointView point = servicePoints.byCode(code);
		String url = address.url("/public/survey/" + org.springframework.web.util.UriUtils.encodePathSegment(point.code(),
				java.nio.charset.StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 60, 50);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("Đánh giá sự hài lòng – " + point.unitName());
		document.open();
		centered(document, point.unitName().toUpperCase(java.util.Locale.forLanguageTag("vi")), fonts.bold(24), 6);
		centered(document, point.name(), fonts.regular(18), 24);
		centered(document, "Ông/bà hài lòng với sự phục vụ của chúng tôi?", fonts.bold(20), 4);
		centered(document, "Quét mã QR bằng điện thoại để đánh giá – chỉ mất một phút.", fonts.regular(15), 12);
		PdfTemplate qr = writer.getDirectContent().createTemplate(QR_SIZE, QR_SIZE);
		drawQr(qr, url, 0, 0);
		Image qrImage = Image.getInstance(qr); // in the flow of the page, so the poster stays on one sheet
		qrImage.setAlignment(Image.MIDDLE);
		document.add(qrImage);
		centered(document, url, fonts.regular(11), 14);
		centered(document, "Mã điểm phục vụ: " + point.code(), fonts.regular(13), 10);
		if (point.hotline() != null) {
			centered(document, "Phản ánh nhũng nhiễu, gây phiền hà: đường dây nóng " + point.hotline(), fonts.bold(14),
					6);
		}
		centered(document, "Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn. Xin cảm ơn!", fonts.regular(13), 0);
		document.close();
		return Downloads.file(out.toByteArray(), "poster-" + point.code() + ".pdf", MediaType.APPLICATION_PDF, true);
	}

	private static void centered(Document document, String text, org.openpdf.text.Font font, float after) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(after);
		document.add(paragraph);
	}

	/** Draws the QR code as vector squares, so it prints sharp at any size. */
	private static void drawQr(PdfContentByte canvas, String text, float x, float y) throws WriterException {
		BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
				Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		float cell = QR_SIZE / matrix.getWidth();
		canvas.saveState();
		canvas.setRGBColorFill(0, 0, 0);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int col = 0; col < matrix.getWidth(); col++) {
				if (matrix.get(col, row)) {
					canvas.rectangle(x + col * cell, y + (matrix.getHeight() - 1 - row) * cell, cell, cell);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}
}
