/**
 * Dữ liệu mẫu: the "Hoàn Kiếm" demo data set (Hà Nội, Hoàn Kiếm district with its divisions and 18 wards, the
 * reorganisation of 1 July 2025, several hundred fictional staff and one account per role), loaded on an empty
 * database when demo data is on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "platform", "orgunit", "staff", "feedback", "conduct :: codes",
			"conduct :: inspections", "conduct :: violations", "conduct :: discipline", "evaluation", "emulation", "reformindex", "portal" })
package vn.congvu.demo;
