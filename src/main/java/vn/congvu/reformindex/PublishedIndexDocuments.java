package vn.congvu.reformindex;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.congvu.reporting.PdfSignatures;

/** Tells the verification page which PAR publication a signed PDF is, by the file's SHA-256. */
@Component
class PublishedIndexDocuments implements PdfSignatures.PublishedDocuments {

	private final IndexPublications publications;

	PublishedIndexDocuments(IndexPublications publications) {
		this.publications = publications;
	}

	@Override
	public Optional<String> describe(String sha256) {
		return publications.describeDocument(sha256);
	}
}
