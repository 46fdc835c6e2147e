/**
 * Kỷ cương, kiểm tra công vụ: codes of conduct, public-duty inspections, violations and disciplinary cases. This first
 * part holds the disciplinary rules as data with effective dates (Decree 112/2020 before 1 July 2025 for cadres and
 * civil servants, Decree 172/2025 from then on; public employees stay under Decree 112/2020).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conduct and discipline",
		allowedDependencies = { "shared", "platform", "orgunit", "staff", "feedback", "reporting" })
package vn.congvu.conduct;
