package vn.congvu.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.platform.Viewer;

/** Desks in the viewer's scope: who is on duty, the QR poster, and registering a kiosk tablet (token shown once). */
@Controller
class ServicePointController {

	private final ServicePoints servicePoints;

	ServicePointController(ServicePoints servicePoints) {
		this.servicePoints = servicePoints;
	}

	@GetMapping("/feedback/service-points")
	String list(Viewer viewer, Model model) {
		model.addAttribute("desks", servicePoints.desks(viewer));
		return "feedback/service-points";
	}

	@PostMapping("/feedback/service-points/{code}/kiosks")
	String registerKiosk(Viewer viewer, @PathVariable String code, RedirectAttributes redirect) {
		String token = servicePoints.registerKiosk(viewer, code, "Máy tính bảng " + code);
		redirect.addFlashAttribute("kioskCode", code);
		redirect.addFlashAttribute("kioskToken", token);
		return "redirect:/feedback/service-points";
	}
}
