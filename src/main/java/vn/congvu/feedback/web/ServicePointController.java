package vn.congvu.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.feedback.ServicePointView;
import vn.congvu.feedback.ServicePoints;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.CurrentUser;
import vn.congvu.shared.RecordNotFoundException;

/** Desks in the user's scope: who is on duty, the QR poster, and registering a kiosk tablet (token shown once). */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','LEADER','HOME_AFFAIRS_OFFICER','UNIT_HEAD')")
class ServicePointController {

	private final ServicePoints servicePoints;
	private final OrgUnitQueries units;
	private final Clock clock;

	ServicePointController(ServicePoints servicePoints, OrgUnitQueries units, Clock clock) {
		this.servicePoints = servicePoints;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/feedback/service-points")
	String list(Model model) {
		String scope = units.currentUserScopePath();
		model.addAttribute("desks", servicePoints.desks(scope, LocalDate.now(clock)));
		return "feedback/service-points";
	}

	@PostMapping("/feedback/service-points/{code}/kiosks")
	String registerKiosk(@PathVariable String code, RedirectAttributes redirect) {
		ServicePointView point = servicePoints.byCode(code);
		if (!units.inScope(point.unitId(), CurrentUser.get().scopeUnitId())) {
			throw new RecordNotFoundException("servicePoint", code);
		}
		String token = servicePoints.registerKiosk(point.id(), "Máy tính bảng " + point.code());
		redirect.addFlashAttribute("kioskCode", point.code());
		redirect.addFlashAttribute("kioskToken", token);
		return "redirect:/feedback/service-points";
	}
}
