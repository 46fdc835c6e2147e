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
import vn.congvu.conduct.CodesOfConduct;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Accounts;
import vn.congvu.platform.CurrentUser;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.Role;
import vn.congvu.shared.InvalidInputException;

/**
 * Codes of conduct: everyone reads them; a staff member confirms having read one; heads and Home Affairs officers
 * see the share of confirmations per unit and who is missing, and export that list.
 */
@Controller
class CodesOfConductController {

	private final CodesOfConduct codes;
	private final OrgUnitQueries units;
	private final Accounts accounts;

	CodesOfConductController(CodesOfConduct codes, OrgUnitQueries units, Accounts accounts) {
		this.codes = codes;
		this.units = units;
		this.accounts = accounts;
	}

	@GetMapping("/conduct/codes")
	String list(Model model) {
		model.addAttribute("codes", codes.list());
		return "conduct/code-list";
	}

	@GetMapping("/conduct/codes/{id}")
	String code(@PathVariable long id, Model model) {
		CurrentUser user = CurrentUser.get();
		model.addAttribute("code", codes.find(id));
		Optional<Long> staffId = accounts.staffIdOf(user.username());
		model.addAttribute("linkedToStaff", staffId.isPresent());
		model.addAttribute("acknowledgedAt", staffId.flatMap(s -> codes.acknowledgedAt(id, s)).orElse(null));
		if (followsUp(user)) {
			String scope = units.scopePath(user.scopeUnitId());
			model.addAttribute("progress", codes.progress(id, scope));
			model.addAttribute("pending", codes.pending(id, scope));
		}
		return "conduct/code-detail";
	}

	@PostMapping("/conduct/codes/{id}/acknowledge")
	String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
		Optional<Long> staffId = accounts.staffIdOf(CurrentUser.get().username());
		try {
			codes.acknowledge(id, staffId.orElseThrow(() -> new InvalidInputException("code.notAssignedToYou")));
			redirect.addFlashAttribute("acknowledged", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("codeError", ex.messageKey());
		}
		return "redirect:/conduct/codes/" + id;
	}

	@GetMapping("/conduct/codes/{id}/pending.xlsx")
	ResponseEntity<byte[]> pending(@PathVariable long id) throws IOException {
		CurrentUser user = CurrentUser.get();
		List<CodesOfConduct.Pending> rows = followsUp(user)
				? codes.pending(id, units.scopePath(user.scopeUnitId())) : List.of();
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

	/** Those who oversee, and unit heads for their own units, follow who has not confirmed. */
	private static boolean followsUp(CurrentUser user) {
		return user.role().oversees() || user.role() == Role.UNIT_HEAD;
	}
}
