package vn.congvu.conduct.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congvu.conduct.violations.ViolationFilter;
import vn.congvu.conduct.violations.ViolationSeverity;
import vn.congvu.conduct.violations.ViolationStatistics;
import vn.congvu.conduct.violations.ViolationStatus;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/**
 * Violations dashboard: counts by unit (and the head they count against), month, article and severity, a monthly
 * trend chart, drill-down by clicking a group, the records a page at a time, and the filtered records as xlsx.
 */
@Controller
class ViolationDashboardController {

	private final ViolationStatistics statistics;
	private final ViolationSpreadsheet spreadsheet;
	private final Clock clock;

	ViolationDashboardController(ViolationStatistics statistics, ViolationSpreadsheet spreadsheet, Clock clock) {
		this.statistics = statistics;
		this.spreadsheet = spreadsheet;
		this.clock = clock;
	}

	@GetMapping("/conduct/dashboard")
	String dashboard(Viewer viewer, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable ViolationSeverity severity,
			@RequestParam(required = false) @Nullable Long articleId,
			@RequestParam(required = false) @Nullable ViolationStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "") String month, Model model) {
		ViolationFilter filter;
		try {
			filter = filter(from, to, unitId, severity, articleId, status);
		}
		catch (InvalidInputException ex) { // show the message and the default period rather than an error page
			model.addAttribute("filterError", ex.messageKey());
			model.addAttribute("filterErrorArgs", ex.arguments());
			filter = filter("", "", unitId, severity, articleId, status);
		}
		if (month.matches("\\d{4}-\\d{2}")) { // drill-down into one month of the trend
			LocalDate first = LocalDate.parse(month + "-01");
			filter = new ViolationFilter(first, first.plusMonths(1).minusDays(1), unitId, severity, articleId, status);
		}
		ViolationStatistics.Summary summary = statistics.summary(viewer, filter);
		List<ViolationStatistics.Count> months = summary.byMonth();
		model.addAttribute("filter", filter);
		model.addAttribute("fromText", VietnameseDates.format(filter.from()));
		model.addAttribute("toText", VietnameseDates.format(filter.to()));
		model.addAttribute("byUnit", summary.byUnit());
		model.addAttribute("byMonth", months);
		model.addAttribute("byArticle", summary.byArticle());
		model.addAttribute("bySeverity", summary.bySeverity());
		model.addAttribute("trendLabels", String.join(",", months.stream().map(ViolationStatistics.Count::label).toList()));
		model.addAttribute("trendValues", String.join(",",
				months.stream().map(m -> String.valueOf(m.count())).toList()));
		model.addAttribute("records", statistics.page(viewer, filter, page, summary.total()));
		model.addAttribute("severities", ViolationSeverity.values());
		model.addAttribute("statuses", ViolationStatus.values());
		return "conduct/dashboard";
	}

	@GetMapping("/conduct/dashboard.xlsx")
	ResponseEntity<byte[]> export(Viewer viewer, @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable ViolationSeverity severity,
			@RequestParam(required = false) @Nullable Long articleId,
			@RequestParam(required = false) @Nullable ViolationStatus status) throws IOException {
		ViolationFilter filter = filter(from, to, unitId, severity, articleId, status);
		return Downloads.xlsx(spreadsheet.write(viewer, filter), "vi-pham-"
				+ VietnameseDates.format(filter.from()).replace('/', '-') + "-"
				+ VietnameseDates.format(filter.to()).replace('/', '-') + ".xlsx");
	}

	private ViolationFilter filter(String from, String to, @Nullable Long unitId, @Nullable ViolationSeverity severity,
			@Nullable Long articleId, @Nullable ViolationStatus status) {
		LocalDate today = LocalDate.now(clock);
		LocalDate end = VietnameseDates.parse(to, today);
		LocalDate start = VietnameseDates.parse(from, end.minusMonths(11).withDayOfMonth(1));
		if (start.isAfter(end)) {
			throw new InvalidInputException("dashboard.fromAfterTo");
		}
		return new ViolationFilter(start, end, unitId, severity, articleId, status);
	}
}
