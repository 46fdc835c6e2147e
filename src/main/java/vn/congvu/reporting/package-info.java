/**
 * Báo cáo, ký số: PAdES signatures (EU DSS) on the PDF documents that leave the system, with one PKCS#12 key per
 * signing authority, and a public page that verifies a signed PDF: who signed, when, whether it changed since, whether
 * the signer is trusted, and whether it is a document the system published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting and signing",
		allowedDependencies = { "shared", "platform" })
package vn.congvu.reporting;
