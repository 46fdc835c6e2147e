package vn.congvu.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators' pages: the audit log with its chain verification, and the accounts. */
@Controller
class AdministrationController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog audit;
	private final Accounts accounts;

	AdministrationController(AuditLog audit, Accounts accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, page);
		model.addAttribute("entries", audit.latest(PAGE_SIZE, safePage * PAGE_SIZE));
		model.addAttribute("total", audit.count());
		model.addAttribute("page", safePage);
		model.addAttribute("pageSize", PAGE_SIZE);
		return "platform/audit";
	}

	@PostMapping("/admin/audit/verify")
	String verify(Model model) {
		model.addAttribute("brokenAt", audit.firstBrokenLink().orElse(null));
		model.addAttribute("verified", true);
		return audit(0, model);
	}

	@GetMapping("/admin/accounts")
	String accounts(Model model) {
		model.addAttribute("accounts", accounts.list());
		return "platform/accounts";
	}
}
