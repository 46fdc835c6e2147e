/**
 * Cổng thông tin: the public portal. This first part holds polls: options, opening and closing, one vote per voter at
 * the integrity the poll declares (a signed browser token with a rate limit, or a signed-in account), results after
 * voting or after closing, and exact counts whatever the concurrency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "platform", "orgunit" })
package vn.congvu.portal;
