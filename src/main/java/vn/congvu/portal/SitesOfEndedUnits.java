package vn.congvu.portal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.orgunit.UnitsReorganised;

/**
 * The site of a unit that ends is kept as a read-only archive naming its successors (its pages and news stay at
 * their addresses); the heir's own site is where news goes on. Nothing is copied: the reorganisation's consequences
 * say which sites become archives.
 */
@Component
class SitesOfEndedUnits {

	private final OrgUnitQueries units;

	SitesOfEndedUnits(OrgUnitQueries units) {
		this.units = units;
	}

	@EventListener
	void on(UnitsReorganised event) {
		for (long ended : event.endedUnitIds()) {
			OrgUnitView unit = units.find(ended);
			Long heir = event.heirOf().get(ended);
			if (Sites.WITH_SITE.contains(unit.type()) && heir != null) {
				event.consequences().add("reorganisation.carried.site", unit.name(), units.find(heir).name());
			}
		}
	}
}
