package vn.congvu.platform;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages: the audit log with its chain verification, and the accounts. */
@Controller
class AdministrationController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog audit;
	private final AccountAdministration accounts;
	private final UnitNames units;
	private final Accounts people;

	AdministrationController(AuditLog audit, AccountAdministration accounts, UnitNames units, Accounts people) {
		this.audit = audit;
		this.accounts = accounts;
		this.units = units;
		this.people = people;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, page);
		java.util.List<AuditLog.Entry> entries = audit.latest(PAGE_SIZE, safePage * PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("names", people.displayNames(entries.stream().map(AuditLog.Entry::actor)
			.collect(java.util.stream.Collectors.toSet())));
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
	String accounts(Viewer viewer, Model model) {
		model.addAttribute("accounts", accounts.list(viewer));
		model.addAttribute("units", units.choices());
		model.addAttribute("roles", Role.values());
		return "platform/accounts";
	}

	@PostMapping("/admin/accounts")
	String create(Viewer viewer, @Valid AdministrationForms.Account form, BindingResult binding,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "account", "created", () -> {
			String password = accounts.create(viewer, new AccountAdministration.NewAccount(form.username(),
					form.displayName(), form.role(), form.scopeUnitId(), form.staffCode()),
					FormOutcome.problemsOf(binding));
			redirect.addFlashAttribute("oneTimeUser", form.username() == null ? "" : form.username().strip());
			redirect.addFlashAttribute("oneTimePassword", password);
		});
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String enable(Viewer viewer, @PathVariable long id, @Valid AdministrationForms.Enable form,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "account", "saved", () -> accounts.setEnabled(viewer, id, form.enabled()));
		return "redirect:/admin/accounts#account-" + id;
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "account", "saved", () -> accounts.unlock(viewer, id));
		return "redirect:/admin/accounts#account-" + id;
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
		AccountAdministration.OneTimePassword reset = accounts.resetPassword(viewer, id);
		redirect.addFlashAttribute("oneTimeUser", reset.username());
		redirect.addFlashAttribute("oneTimePassword", reset.password());
		return "redirect:/admin/accounts";
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "platform/password";
	}

	@PostMapping("/account/password")
	@SecretInput
	String changePassword(Viewer viewer, @Valid AdministrationForms.ChangePassword form, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "password", "changed",
				() -> accounts.changeOwnPassword(viewer, form.current(), form.next(), form.repeat()));
		return "redirect:/account/password";
	}
}
