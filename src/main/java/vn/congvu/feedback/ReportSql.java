package vn.congvu.feedback;

/** The report query shared by lists and pages, and the rule that hides the reporter from all but the investigator. */
final class ReportSql {

	static final String SELECT = """
			select r.id, r.tracking_code, r.unit_id, u.name as unit_name, r.kind, r.occurred_on, r.description,
			       r.anonymous, r.reporter_name, r.reporter_contact, r.status, r.handling_unit_id, r.investigator,
			       r.due_on, r.substantiated, r.public_answer, r.apology, r.received_at, r.resolved_at, r.assigned_by
			from feedback.report r join orgunit.published_unit u on u.id = r.unit_id
			""";

	private ReportSql() {
	}

	static ReportView forViewer(ReportView r, String username) {
		if (username.equals(r.investigator())) {
			return r;
		}
		return new ReportView(r.id(), r.trackingCode(), r.unitId(), r.unitName(), r.kind(), r.occurredOn(),
				r.description(), r.anonymous(), null, null, r.status(), r.handlingUnitId(), r.investigator(), r.dueOn(),
				r.substantiated(), r.publicAnswer(), r.apology(), r.receivedAt(), r.resolvedAt(), r.assignedBy());
	}
}
