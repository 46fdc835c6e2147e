package vn.congvu.feedback;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.WorkItems;

/** Harassment reports still open that the person handles: assigned to them, or not yet assigned in their scope. */
@Component
class FeedbackWork implements WorkItems {

	private final HarassmentReports reports;

	FeedbackWork(HarassmentReports reports) {
		this.reports = reports;
	}

	@Override
	public List<Item> itemsFor(Viewer viewer, LocalDate today) {
		if (!viewer.mayHandleReports()) {
			return List.of();
		}
		return reports.list(viewer).stream()
			.filter(r -> r.status() == ReportStatus.RECEIVED || viewer.username().equals(r.investigator()))
			.filter(r -> r.status() == ReportStatus.RECEIVED || r.status() == ReportStatus.ASSIGNED
					|| r.status() == ReportStatus.VERIFYING)
			.map(r -> new Item(r.status() == ReportStatus.RECEIVED ? "home.kind.reportToAssign" : "home.kind.report",
					r.trackingCode() + " – " + r.unitName(), "/feedback/reports/" + r.id(), r.dueOn(), r.overdue(today)))
			.toList();
	}
}
