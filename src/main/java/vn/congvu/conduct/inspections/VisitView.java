package vn.congvu.conduct.inspections;

import vn.congvu.conduct.violations.ViolationSeverity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A visit as its page shows it: the plan, the checklist, findings, corrective actions and the conclusion. */
public record VisitView(InspectionPlanView plan, VisitAccess access, List<Item> items, List<Finding> findings,
		List<CorrectiveActionView> actions, @Nullable Conclusion conclusion) {

	public record Item(long id, int position, @Nullable Long articleId, String label,
			@Nullable ChecklistResult result, @Nullable String note) {
	}

	public record Finding(long id, long unitId, String unitName, @Nullable Long staffId, @Nullable String staffName,
			@Nullable Long articleId, @Nullable String articleLabel, ViolationSeverity severity, String description, String recordedBy,
			OffsetDateTime recordedAt, List<Evidence> evidence) {
	}

	public record Evidence(long id, long findingId, String fileName, String contentType, int sizeBytes,
			String sha256) {

		public boolean image() {
			return contentType.startsWith("image/");
		}
	}

	public record Conclusion(String summary, String draftedBy, OffsetDateTime draftedAt,
			@Nullable String confirmedBy, @Nullable OffsetDateTime confirmedAt, @Nullable String pdfSha256) {
	}

	public long unanswered() {
		return items.stream().filter(i -> i.result() == null).count();
	}

	/** The day the visit took place (its start), for the violations it records. */
	public LocalDate visitDay() {
		return plan.visitDay();
	}
}
