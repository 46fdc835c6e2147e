package vn.congvu.reporting;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a laid-out PDF an archival one, PDF/A-2b (ISO 19005-2, level B), before it is signed: XMP metadata that
 * claims the conformance and repeats the title, issuer and dates of the document information, an sRGB output intent,
 * the document's language ({@code vi}), and no CIDSet streams (optional in PDF/A-2, wrong when a subset changes).
 * Fonts are embedded by the layout ({@code PdfFonts}); a standard font that is not embedded is refused by veraPDF in
 * the tests.
 */
final class ArchivalPdf {

	private static final String PRODUCER = "Congvu";
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private ArchivalPdf() {
	}

	static byte[] of(byte[] pdf, String title, String author, Instant at) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
			when.setTimeInMillis(at.toEpochMilli() / 1000 * 1000);
			PDDocumentInformation information = new PDDocumentInformation();
			information.setTitle(title);
			information.setAuthor(author);
			information.setProducer(PRODUCER);
			information.setCreator(PRODUCER);
			information.setCreationDate(when);
			information.setModificationDate(when);
			document.setDocumentInformation(information);

			XMPMetadata xmp = XMPMetadata.createXMPMetadata();
			PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
			identification.setPart(2);
			identification.setConformance("B");
			DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
			dublinCore.setTitle(title);
			dublinCore.addCreator(author);
			dublinCore.setFormat("application/pdf");
			dublinCore.addLanguage("vi");
			AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
			adobe.setProducer(PRODUCER);
			XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
			basic.setCreatorTool(PRODUCER);
			basic.setCreateDate(when);
			basic.setModifyDate(when);
			basic.setMetadataDate(when);
			ByteArrayOutputStream xml = new ByteArrayOutputStream();
			new XmpSerializer().serialize(xmp, xml, true);
			PDMetadata metadata = new PDMetadata(document);
			metadata.importXMPMetadata(xml.toByteArray());

			PDDocumentCatalog catalog = document.getDocumentCatalog();
			catalog.setMetadata(metadata);
			catalog.setLanguage("vi");
			catalog.getCOSObject().removeItem(COSName.VERSION);
			document.getDocument().setVersion(1.7f); // the header: PDF/A-2 is based on PDF 1.7
			PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
			intent.setInfo("sRGB IEC61966-2.1");
			intent.setOutputCondition("sRGB IEC61966-2.1");
			intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
			intent.setRegistryName("http://www.color.org");
			catalog.addOutputIntent(intent);
			for (PDPage page : document.getPages()) {
				if (page.getResources() == null) {
					continue;
				}
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					if (font instanceof PDType0Font type0 && type0.getDescendantFont() != null
							&& type0.getDescendantFont().getFontDescriptor() != null) {
						COSDictionary descriptor = type0.getDescendantFont().getFontDescriptor().getCOSObject();
						descriptor.removeItem(COSName.CID_SET);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (org.apache.xmpbox.type.BadFieldValueException | javax.xml.transform.TransformerException ex) {
			throw new IllegalStateException("the document's XMP metadata could not be written", ex);
		}
	}
}
