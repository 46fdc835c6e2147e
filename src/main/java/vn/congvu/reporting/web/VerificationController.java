package vn.congvu.reporting.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import vn.congvu.platform.UploadedFile;
import vn.congvu.reporting.DocumentRegister;
import vn.congvu.reporting.PdfSignatures;
import vn.congvu.shared.InvalidInputException;

/**
 * The public verification page: anyone uploads a PDF and reads one verdict (valid, changed, not trusted, not
 * checkable, unsigned), who signed and when, and whether it is a document the system issued (by its SHA-256 in the
 * register: number, issuer, and whether a correction replaced it). The ETSI TS 119 102-2 validation report of the
 * same file can be downloaded.
 */
@Controller
class VerificationController {

	private final PdfSignatures signatures;
	private final DocumentRegister register;
	private final java.util.List<vn.congvu.reporting.EarlierDocuments> earlier;

	VerificationController(PdfSignatures signatures, DocumentRegister register,
			java.util.List<vn.congvu.reporting.EarlierDocuments> earlier) {
		this.signatures = signatures;
		this.register = register;
		this.earlier = earlier;
	}

	@GetMapping("/public/verify")
	String page() {
		return "reporting/verify";
	}

	@PostMapping("/public/verify")
	Object verify(@RequestPart(required = false) @Nullable MultipartFile file, @Valid VerificationForms.Verify form,
			Model model) {
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("signing.noFile");
			}
			if (file.getSize() > UploadedFile.MAX_BYTES * 4) {
				throw new InvalidInputException("upload.tooLarge", file.getOriginalFilename(), UploadedFile.MAX_BYTES * 4 / 1024 / 1024);
			}
			PdfSignatures.Verification verification = signatures.verify(file.getBytes());
			if ("etsi".equals(form.report()) && !verification.etsiReport().isEmpty()) {
				return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("bao-cao-xac-thuc-etsi.xml").build().toString())
					.body(verification.etsiReport().getBytes(StandardCharsets.UTF_8));
			}
			model.addAttribute("result", verification);
			var issued = register.bySha256(verification.sha256()).orElse(null);
			model.addAttribute("issued", issued);
			model.addAttribute("issuedEarlier", issued != null ? null : earlier.stream()
				.map(e -> e.describe(verification.sha256())).flatMap(java.util.Optional::stream).findFirst().orElse(null));
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
