package vn.congvu.reporting;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference PDF/A validator, run in-process on a document the system issued. */
public final class ArchiveChecks {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private ArchiveChecks() {
	}

	/** The PDF/A-2b rules the document breaks, as "clause: description" (empty when it conforms). */
	public static List<String> pdfA2bFailures(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
				PDFAFlavour.PDFA_2_B)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
				.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
				.distinct().toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not read the document", ex);
		}
	}
}
