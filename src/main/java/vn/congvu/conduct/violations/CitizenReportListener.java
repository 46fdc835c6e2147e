package vn.congvu.conduct.violations;

import vn.congvu.platform.Viewer;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congvu.feedback.HarassmentReportSubstantiated;

/**
 * A harassment report found substantiated becomes a recorded violation of the unit reported on, in the same
 * transaction as the finding, once per report. Who did it is for the violation's own workflow to establish.
 */
@Component
class CitizenReportListener {

	public static final String SOURCE = "CITIZEN_REPORT";

	private final Violations violations;
	private final MessageSource messages;

	CitizenReportListener(Violations violations, MessageSource messages) {
		this.violations = violations;
		this.messages = messages;
	}

	@EventListener
	void on(HarassmentReportSubstantiated event) {
		violations.record(Viewer.system(), new NewViolation(event.unitId(), null, null, ViolationSeverity.MINOR,
				"Phản ánh " + event.trackingCode() + " của người dân được xác minh là đúng: "
						+ messages.getMessage("enum.ReportKind." + event.kind().name(), null, event.kind().name(),
								Locale.forLanguageTag("vi")).toLowerCase(Locale.forLanguageTag("vi")),
				SOURCE, event.trackingCode(), event.occurredOn()));
	}
}
