package vn.congvu.feedback.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.feedback.CommentModeration;
import vn.congvu.feedback.SatisfactionElement;
import vn.congvu.feedback.SatisfactionQueries;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/** Officers' view of citizen satisfaction: indices, comparison, trend, comments with moderation, export. */
@Controller
class SatisfactionController {

	static final List<SatisfactionElement> COLUMNS = List.of(SatisfactionElement.ACCESS,
			SatisfactionElement.PROCEDURE, SatisfactionElement.OFFICER, SatisfactionElement.RESULT,
			SatisfactionElement.FEEDBACK_HANDLING, SatisfactionElement.OVERALL);

	private final SatisfactionQueries satisfaction;
	private final CommentModeration moderation;
	private final SatisfactionSpreadsheet spreadsheet;
	private final OrgUnitQueries units;
	private final Clock clock;

	SatisfactionController(SatisfactionQueries satisfaction, CommentModeration moderation,
			SatisfactionSpreadsheet spreadsheet, OrgUnitQueries units, Clock clock) {
		this.satisfaction = satisfaction;
		this.moderation = moderation;
		this.spreadsheet = spreadsheet;
		this.units = units;
		this.clock = clock;
	}

	/** A city has hundreds of desks and officers: the page lists the lowest and highest; the export has them all. */
	static final int AT_EACH_END = 20;

	/** All rows when they are few; else the {@link #AT_EACH_END} lowest and highest by index, lowest first. */
	static List<SatisfactionQueries.Row> ends(List<SatisfactionQueries.Row> rows) {
		if (rows.size() <= 2 * AT_EACH_END) {
			return rows;
		}
		List<SatisfactionQueries.Row> ranked = rows.stream().filter(SatisfactionQueries.Row::shown)
			.filter(row -> row.index().percent() != null)
			.sorted(java.util.Comparator.comparing(row -> row.index().percent())).toList();
		if (ranked.size() <= 2 * AT_EACH_END) {
			return ranked;
		}
		List<SatisfactionQueries.Row> ends = new java.util.ArrayList<>(ranked.subList(0, AT_EACH_END));
		ends.addAll(ranked.subList(ranked.size() - AT_EACH_END, ranked.size()));
		return ends;
	}

	@GetMapping("/feedback")
	String index(Viewer viewer, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		Period period = period(from, to, model);
		model.addAttribute("moderates", viewer.mayModerateComments());
		model.addAttribute("fromText", VietnameseDates.format(period.from()));
		model.addAttribute("toText", VietnameseDates.format(period.to()));
		SatisfactionQueries.Summary summary = satisfaction.summary(viewer, period.from(), period.to());
		model.addAttribute("overall", summary.overall());
		model.addAttribute("byUnit", SatisfactionLines.of(summary.byUnit(), COLUMNS));
		model.addAttribute("byPoint", SatisfactionLines.of(ends(summary.byServicePoint()), COLUMNS));
		model.addAttribute("byOfficer", SatisfactionLines.of(ends(summary.byOfficer()), COLUMNS));
		model.addAttribute("byPointTotal", summary.byServicePoint().size());
		model.addAttribute("byOfficerTotal", summary.byOfficer().size());
		model.addAttribute("shownAtEachEnd", AT_EACH_END);
		model.addAttribute("minimum", satisfaction.minimumForOfficer());
		List<SatisfactionQueries.Row> months = summary.byMonth();
		model.addAttribute("trendLabels", String.join(",", months.stream().map(SatisfactionQueries.Row::label).toList()));
		model.addAttribute("trendValues", String.join(",",
				months.stream().map(m -> String.valueOf(m.index().percent())).toList()));
		model.addAttribute("columns", COLUMNS);
		model.addAttribute("comments", satisfaction.comments(viewer, period.from(), period.to(), 20));
		return "feedback/satisfaction";
	}

	@PostMapping("/feedback/comments/{id}")
	String moderate(Viewer viewer, @PathVariable UUID id, @Valid SatisfactionForms.Moderate form,
			RedirectAttributes redirect) {
		try {
			moderation.setHidden(viewer, id, form.hide(), form.reason());
			redirect.addFlashAttribute("moderated", form.hide() ? "moderation.hidden" : "moderation.shown");
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "moderation", ex);
		}
		return "redirect:/feedback#comments";
	}

	@GetMapping("/feedback/export")
	ResponseEntity<byte[]> export(Viewer viewer, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) throws IOException {
		LocalDate today = LocalDate.now(clock);
		LocalDate end = VietnameseDates.parse(to, today);
		LocalDate start = VietnameseDates.parse(from, end.minusMonths(12).plusDays(1));
		SatisfactionQueries.Summary summary = satisfaction.summary(viewer, start, end); // one pass, as the page
		byte[] file = spreadsheet.write(summary.byUnit(), summary.byServicePoint(), summary.byOfficer());
		return Downloads.xlsx(file, "chi-so-hai-long-" + end + ".xlsx");
	}

	private Period period(@Nullable String from, @Nullable String to, Model model) {
		LocalDate today = LocalDate.now(clock);
		try {
			LocalDate end = VietnameseDates.parse(to, today);
			// by default the last twelve months, this one included, whole months (which read the monthly counts)
			LocalDate start = VietnameseDates.parse(from, end.withDayOfMonth(1).minusMonths(11));
			if (start.isAfter(end)) {
				model.addAttribute("periodError", "error.periodReversed");
				return new Period(end.minusMonths(12).plusDays(1), end);
			}
			return new Period(start, end);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("periodError", "error.periodInvalid");
			return new Period(today.minusMonths(12).plusDays(1), today);
		}
	}

	private record Period(LocalDate from, LocalDate to) {
	}
}
