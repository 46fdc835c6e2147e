package vn.congvu.emulation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The forms of {@link CampaignController}, each a record bound by Spring: a value that cannot be read, or a
 * required one that is missing, refuses the form at its field; a field not sent takes the default the form had.
 */
final class CampaignForms {

	private CampaignForms() {
	}

	/** The form of {@code CampaignController.register}, as typed. */
	record Register(@Nullable Long unitId, @Nullable String commitment) {

		Register {
			unitId = unitId == null ? 0L : unitId;
			commitment = commitment == null ? "" : commitment;
		}
	}

	/** The form of {@code CampaignController.registerMyself}, as typed. */
	record RegisterMyself(@Nullable String title, @Nullable String commitment) {

		RegisterMyself {
			title = title == null ? "" : title;
			commitment = commitment == null ? "" : commitment;
		}
	}

	/** A campaign launched with its criteria (rows of a name and maximum points). */
	record Launch(@Nullable Long unitId, String name, String goals, String legalBasis, String launchDecision,
			@Nullable LocalDate launchedOn, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			List<String> criterion, List<String> maxPoints) {

		Launch {
			name = name == null ? "" : name;
			goals = goals == null ? "" : goals;
			legalBasis = legalBasis == null ? "" : legalBasis;
			launchDecision = launchDecision == null ? "" : launchDecision;
			criterion = criterion == null ? List.of() : List.copyOf(criterion);
			maxPoints = maxPoints == null ? List.of() : List.copyOf(maxPoints);
		}
	}

	/** A review's scores of one unit: {@code points[criterionId]}, with a comma or a dot. */
	record Score(String kind, @Nullable LocalDate heldOn, @Nullable Long unitId, Map<Long, BigDecimal> points,
			@Nullable String evidence) {

		Score {
			kind = kind == null ? "" : kind;
			points = points == null ? new LinkedHashMap<>() : new LinkedHashMap<>(points);
		}
	}
}
