/**
 * Sự hài lòng, phản ánh: service points, kiosk and QR surveys, satisfaction indices per unit, desk and officer, and
 * harassment reports under Directive 10/CT-TTg with a tracking code and a confidential reporter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen feedback",
		allowedDependencies = { "shared", "platform", "orgunit", "staff" })
package vn.congvu.feedback;
