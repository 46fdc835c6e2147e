package vn.congvu.orgunit.web;

import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.UnitImport;
import vn.congvu.platform.Downloads;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/** A province's units from one workbook: upload, preview (every problem by row and column), confirm. */
@Controller
class UnitImportController {

	private final UnitImport imports;

	UnitImportController(UnitImport imports) {
		this.imports = imports;
	}

	@GetMapping("/units/import")
	String form(Viewer viewer) {
		NotPermittedException.unless(viewer.mayAdminister());
		return "orgunit/unit-import";
	}

	@GetMapping("/units/import/template.xlsx")
	ResponseEntity<byte[]> template(Viewer viewer) {
		return Downloads.xlsx(imports.template(viewer), "mau-danh-sach-don-vi.xlsx");
	}

	@PostMapping("/units/import")
	String upload(Viewer viewer, @RequestPart(required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) {
		UUID[] id = new UUID[1];
		boolean done = FormOutcome.attempt(redirect, "upload", "uploaded", () -> {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.at("file", "unitImport.noFile");
			}
			try {
				id[0] = imports.upload(viewer, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
						file.getBytes()).id();
			}
			catch (IOException ex) {
				throw InvalidInputException.at("file", "unitImport.notSpreadsheet");
			}
		});
		return done ? "redirect:/units/import/" + id[0] : "redirect:/units/import";
	}

	@GetMapping("/units/import/{id}")
	String preview(Viewer viewer, @PathVariable UUID id, Model model) {
		model.addAttribute("preview", imports.preview(viewer, id));
		return "orgunit/unit-import";
	}

	@PostMapping("/units/import/{id}/confirm")
	String confirm(Viewer viewer, @PathVariable UUID id, RedirectAttributes redirect) {
		int[] created = new int[1];
		boolean done = FormOutcome.attempt(redirect, "confirm", "confirmed",
				() -> created[0] = imports.confirm(viewer, id));
		if (done) {
			redirect.addFlashAttribute("unitsImported", created[0]);
			return "redirect:/units";
		}
		return "redirect:/units/import/" + id;
	}
}
