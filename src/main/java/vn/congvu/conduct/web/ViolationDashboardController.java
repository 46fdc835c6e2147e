package vn.congvu.conduct.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

	static final int EXPORT_LIMIT = 100_000;

	private final ViolationStatistics statistics;
	private final MessageSource messages;
	private final Clock clock;

	ViolationDashboardController(ViolationStatistics statistics, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.messages = messages;
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
		Locale vi = Locale.forLanguageTag("vi");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Vi phạm");
			String[] header = { "Ngày", "Đơn vị", "Người vi phạm", "Điều khoản", "Mức độ", "Trạng thái", "Nội dung",
					"Nguồn" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			int[] r = { 1 };
			org.apache.poi.ss.usermodel.CellStyle day = workbook.createCellStyle(); // a typed date, shown dd/MM/yyyy
			day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			statistics.each(viewer, filter, EXPORT_LIMIT, v -> {
				Row row = sheet.createRow(r[0]++);
				org.apache.poi.ss.usermodel.Cell date = row.createCell(0);
				date.setCellValue(v.occurredOn());
				date.setCellStyle(day);
				row.createCell(1).setCellValue(v.unitName());
				row.createCell(2).setCellValue(v.staffName() == null ? "" : v.staffName());
				row.createCell(3).setCellValue(v.articleLabel() == null ? "" : v.articleLabel());
				row.createCell(4).setCellValue(messages.getMessage("enum.ViolationSeverity." + v.severity(), null, vi));
				row.createCell(5).setCellValue(messages.getMessage("enum.ViolationStatus." + v.status(), null, vi));
				// a cell holds at most 32,767 characters; descriptions recorded before the 5,000 limit may be longer
				row.createCell(6).setCellValue(v.description().length() > 32_767 ? v.description().substring(0, 32_767)
						: v.description());
				row.createCell(7).setCellValue(messages.getMessage("violation.source." + v.source(), null, v.source(), vi));
			});
			sheet.setColumnWidth(1, 30 * 256);
			sheet.setColumnWidth(6, 60 * 256);
			workbook.write(out);
			workbook.close();
			return Downloads.xlsx(out.toByteArray(), "vi-pham-" + VietnameseDates.format(filter.from()).replace('/', '-')
					+ "-" + VietnameseDates.format(filter.to()).replace('/', '-') + ".xlsx");
		}
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
