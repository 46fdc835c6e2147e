package vn.congvu.emulation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.congvu.emulation.Clusters;

/**
 * The forms of {@link ClusterController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class ClusterForms {

	private ClusterForms() {
	}

	/** The form of {@code ClusterController.setAuthority}, as typed. */
	record SetAuthority(@Nullable String title, @Nullable String unitType, @Nullable String authority,
			@Nullable String legalBasis, @Nullable String validFrom) {

		SetAuthority {
			title = title == null ? "" : title;
			unitType = unitType == null ? "" : unitType;
			authority = authority == null ? "" : authority;
			legalBasis = legalBasis == null ? "" : legalBasis;
			validFrom = validFrom == null ? "" : validFrom;
		}
	}

	/** A cluster or block of units that compete together in a year. */
	record NewCluster(@Nullable Long organizerUnitId, @Nullable Integer year, Clusters.@Nullable Kind kind, String name,
			List<Long> memberUnitId, @Nullable Long leaderUnitId) {

		NewCluster {
			name = name == null ? "" : name;
			memberUnitId = memberUnitId == null ? List.of() : List.copyOf(memberUnitId);
		}
	}
}
