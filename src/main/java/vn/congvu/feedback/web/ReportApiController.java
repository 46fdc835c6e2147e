package vn.congvu.feedback.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congvu.feedback.HarassmentReports;
import vn.congvu.feedback.NewReport;
import vn.congvu.feedback.ReportTracking;

/** Public API for harassment reports: file one, follow it by tracking code. */
@RestController
class ReportApiController {

	private final HarassmentReports reports;

	ReportApiController(HarassmentReports reports) {
		this.reports = reports;
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "File a harassment report")
	@PostMapping("/api/v1/reports")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> file(@RequestBody NewReport report) {
		return Map.of("trackingCode", reports.file(report));
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Follow a report by its tracking code")
	@GetMapping("/api/v1/reports/{trackingCode}")
	ReportTracking track(@PathVariable String trackingCode) {
		return reports.track(trackingCode);
	}
}
