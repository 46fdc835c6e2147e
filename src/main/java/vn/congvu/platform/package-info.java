/**
 * Nền tảng: accounts, roles and data scopes, audit log, languages, layout, background jobs, error handling and the
 * database runtime (embedded PostgreSQL by default, an external server by configuration). No business rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = "shared")
package vn.congvu.platform;
