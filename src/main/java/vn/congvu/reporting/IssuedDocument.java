package vn.congvu.reporting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A document as the register of outgoing documents holds it: its number and symbol ("12/QĐ-UBND"), who issued and
 * signed it, which record it came from, the document it replaces and the one that replaced it (if any), and the
 * SHA-256 of its signed bytes.
 */
public record IssuedDocument(long id, String reference, DocumentKind kind, String summary, long authorityId,
		String authorityName, LocalDate issuedOn, String signerTitle, String signerName, String source,
		@Nullable Long replacesId, @Nullable String replacesReference, @Nullable Long replacedById,
		@Nullable String replacedByReference, String sha256) {

	/** Whether a later document replaced this one (a correction); both stay in the register. */
	public boolean replaced() {
		return replacedById != null;
	}
}
