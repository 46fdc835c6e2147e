/**
 * Cổng thông tin: the public portal. Every unit's site (news through an editorial workflow, categories, pages,
 * contacts; a former unit's site kept as an archive), exact view counts, feeds and the sitemap; polls with one vote
 * per voter at the integrity the poll declares; and the public figures other modules publish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = { "shared", "platform", "orgunit", "feedback" })
package vn.congvu.portal;
