package vn.congvu.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private static final Logger log = LoggerFactory.getLogger(LoginController.class);

	private final ProvinceDirectory directory;

	LoginController(ProvinceDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("provinceSignIn", directory.oidc());
		return "platform/login";
	}

	/** Off to the province's identity provider, once it has told us how; if it cannot be reached, the page says so. */
	@GetMapping("/login/province")
	String province() {
		if (!directory.oidc()) {
			return "redirect:/login";
		}
		try {
			directory.findByRegistrationId(ProvinceDirectory.REGISTRATION);
			return "redirect:/oauth2/authorization/" + ProvinceDirectory.REGISTRATION;
		}
		catch (RuntimeException away) {
			log.warn("The province's identity provider could not be reached: {}", away.toString());
			return "redirect:/login?directoryAway";
		}
	}
}
