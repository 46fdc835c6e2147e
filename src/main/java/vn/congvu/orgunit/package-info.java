/**
 * Cơ quan, đơn vị: the unit tree with effective dates, official codes (reused over time), and reorganisations
 * (merge, split, rename, move, dissolve) with their lineage, so any list can be asked "as of" a date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation units",
		allowedDependencies = { "shared", "platform" })
package vn.congvu.orgunit;
