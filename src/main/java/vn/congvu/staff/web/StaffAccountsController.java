package vn.congvu.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.MailOut;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.staff.AccountsFromStaff;

/**
 * Accounts for the people of a unit in one step: the page says who would get one (heads only, or everyone) and the
 * post answers with the sheet of first passwords, printed once and never shown again.
 */
@Controller
class StaffAccountsController {

	private final AccountsFromStaff accounts;
	private final OrgUnitQueries units;
	private final MailOut mail;
	private final Clock clock;

	StaffAccountsController(AccountsFromStaff accounts, OrgUnitQueries units, MailOut mail, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.mail = mail;
		this.clock = clock;
	}

	/** The form of {@link #issue}: the unit whose subtree gets accounts, and whether only its heads do. */
	record Issue(@Nullable Long unitId, boolean headsOnly) {
	}

	@GetMapping("/staff/accounts")
	String form(Viewer viewer, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(defaultValue = "true") boolean headsOnly, Model model) {
		NotPermittedException.unless(viewer.mayAdminister());
		model.addAttribute("choices", units.tree(viewer, LocalDate.now(clock)));
		model.addAttribute("unit", unit);
		model.addAttribute("headsOnly", headsOnly);
		model.addAttribute("mailing", mail.available());
		model.addAttribute("max", AccountsFromStaff.MAX_AT_ONCE);
		model.addAttribute("people", unit == null ? List.of() : accounts.candidates(viewer, unit, headsOnly));
		return "staff/accounts";
	}

	@PostMapping("/staff/accounts")
	String issue(Viewer viewer, @Valid Issue form, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String back = "redirect:/staff/accounts" + (form.unitId() == null ? "" : "?unit=" + form.unitId()
				+ "&headsOnly=" + form.headsOnly());
		if (binding.hasErrors() || form.unitId() == null) {
			FormOutcome.flashError(redirect, "issue", InvalidInputException.at("unitId", "staffAccounts.chooseUnit"));
			return back;
		}
		List<AccountsFromStaff.Issued> issued;
		try {
			issued = accounts.issue(viewer, form.unitId(), form.headsOnly());
		}
		catch (InvalidInputException ex) {
			FormOutcome.flashError(redirect, "issue", ex);
			return back;
		}
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("issued", issued);
		model.addAttribute("unitName", units.find(viewer, form.unitId()).name());
		model.addAttribute("today", LocalDate.now(clock));
		return "staff/account-sheet";
	}
}
