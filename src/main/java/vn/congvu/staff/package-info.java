/**
 * Cán bộ, công chức, viên chức, người lao động: people, their category, positions and effective-dated assignments to
 * units, with xlsx import and export. Names sort the Vietnamese way and search ignores diacritics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff",
		allowedDependencies = { "shared", "platform", "orgunit" })
package vn.congvu.staff;
