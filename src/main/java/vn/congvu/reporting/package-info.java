/**
 * Văn thư, ký số: the registers behind every document that leaves the system. The authority register (who may issue:
 * People's Committees and units from the unit tree in their time, and the bodies they set up), the register of
 * outgoing documents (a gap-free number per authority and year, the signed bytes and their SHA-256, corrections that
 * replace and never change), PDF/A-2b documents signed once in PAdES (EU DSS) with the registered authority's key and
 * a visible signature, and the public page that verifies a PDF and recognises every document issued.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents and signing",
		allowedDependencies = { "shared", "platform", "orgunit", "staff" })
package vn.congvu.reporting;
