package vn.congvu.reporting.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.congvu.platform.UploadedFile;
import vn.congvu.reporting.PdfSignatures;
import vn.congvu.shared.InvalidInputException;

/** The public verification page: anyone uploads a PDF and learns who signed it, when, and whether it changed. */
@Controller
class VerificationController {

	private final PdfSignatures signatures;

	VerificationController(PdfSignatures signatures) {
		this.signatures = signatures;
	}

	@GetMapping("/public/verify")
	String page() {
		return "reporting/verify";
	}

	@PostMapping("/public/verify")
	String verify(@RequestParam(required = false) @Nullable MultipartFile file, Model model) {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("signing.noFile");
			}
			if (file.getSize() > UploadedFile.MAX_BYTES * 4) {
				throw new InvalidInputException("upload.tooLarge", file.getOriginalFilename(), UploadedFile.MAX_BYTES * 4 / 1024 / 1024);
			}
			model.addAttribute("result", signatures.verify(file.getBytes()));
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("verifyError", ex.messageKey());
			model.addAttribute("verifyErrorArgs", ex.arguments());
		}
		catch (IOException ex) {
			model.addAttribute("verifyError", "signing.unreadable");
			model.addAttribute("verifyErrorArgs", new Object[0]);
		}
		return "reporting/verify";
	}
}
