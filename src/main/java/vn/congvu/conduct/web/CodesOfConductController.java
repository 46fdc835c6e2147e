package vn.congvu.conduct.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.conduct.codes.CodesOfConduct;
import vn.congvu.platform.Viewer;
import vn.congvu.platform.Downloads;
import vn.congvu.shared.InvalidInputException;

/**
 * Codes of conduct: everyone reads them; a staff member confirms having read one; heads and Home Affairs officers
 * see the share of confirmations per unit and who is missing, and export that list.
 */
@Controller
class CodesOfConductController {

	private final CodesOfConduct codes;
	private final vn.congvu.conduct.codes.CodeEditing editing;
	private final vn.congvu.orgunit.OrgUnitQueries units;
	private final java.time.Clock clock;

	CodesOfConductController(CodesOfConduct codes, vn.congvu.conduct.codes.CodeEditing editing,
			vn.congvu.orgunit.OrgUnitQueries units, java.time.Clock clock) {
		this.codes = codes;
		this.editing = editing;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/conduct/codes")
	String list(Viewer viewer, Model model) {
		model.addAttribute("codes", codes.list());
		if (viewer.mayManageStaff() && !model.containsAttribute("draft")) {
			model.addAttribute("draft", java.util.Map.of("validFrom",
					vn.congvu.shared.VietnameseDates.format(java.time.LocalDate.now(clock))));
		}
		return "conduct/code-list";
	}

	@GetMapping("/conduct/codes/{id}")
	String code(Viewer viewer, @PathVariable long id, Model model) {
		model.addAttribute("code", codes.find(id));
		Optional<Long> staffId = Optional.ofNullable(viewer.staffId());
		model.addAttribute("linkedToStaff", staffId.isPresent());
		model.addAttribute("acknowledgedAt", staffId.flatMap(s -> codes.acknowledgedAt(id, s)).orElse(null));
		if (viewer.mayFollowUpCodes()) {
			model.addAttribute("progress", codes.progress(viewer, id));
			model.addAttribute("pending", codes.pending(viewer, id));
		}
		if (viewer.mayManageStaff()) {
			java.time.LocalDate today = java.time.LocalDate.now(clock);
			java.util.List<vn.congvu.conduct.codes.CodeEditing.Assignment> given = editing.assignments(id);
			model.addAttribute("given", given);
			model.addAttribute("choices", units.tree(viewer, today));
			model.addAttribute("todayText", vn.congvu.shared.VietnameseDates.format(today));
			model.addAttribute("articlesOpen", given.isEmpty());
		}
		return "conduct/code-detail";
	}

	@PostMapping("/conduct/codes/{id}/acknowledge")
	String acknowledge(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		try {
			codes.acknowledge(viewer, id);
			redirect.addFlashAttribute("acknowledged", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("codeError", ex.messageKey());
		}
		return "redirect:/conduct/codes/" + id;
	}

	@GetMapping("/conduct/codes/{id}/pending.xlsx")
	ResponseEntity<byte[]> pending(Viewer viewer, @PathVariable long id) throws IOException {
		List<CodesOfConduct.Pending> rows = codes.pending(viewer, id);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Chưa xác nhận");
			String[] headers = { "Mã cán bộ", "Họ và tên", "Đơn vị", "Chức vụ" };
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			int r = 1;
			for (CodesOfConduct.Pending p : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(p.staffCode());
				row.createCell(1).setCellValue(p.fullName());
				row.createCell(2).setCellValue(p.unitName());
				row.createCell(3).setCellValue(p.position());
			}
			workbook.write(out);
			return Downloads.xlsx(out.toByteArray(), "chua-xac-nhan-quy-tac-" + id + ".xlsx");
		}
	}
}
