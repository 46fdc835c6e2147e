package vn.congvu.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.SecretInput;
import vn.congvu.platform.Viewer;
import vn.congvu.portal.Polls;
import vn.congvu.portal.VoterTokens;
import vn.congvu.shared.InvalidInputException;

/** Polls: the public pages where citizens vote and see results, and the officers' page that sets them up. */
@Controller
class PollController {

	static final String COOKIE = "congvu_voter";

	private final Polls polls;
	private final VoterTokens tokens;
	private final OrgUnitQueries units;
	private final Clock clock;

	PollController(Polls polls, VoterTokens tokens, OrgUnitQueries units, Clock clock) {
		this.polls = polls;
		this.tokens = tokens;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/public/polls")
	String list(Model model) {
		model.addAttribute("polls", polls.all());
		return "portal/polls";
	}

	/**
	 * A poll's public page. A browser without a voter token gets one here, with the page, so that its vote can be
	 * checked against it (a post without a token is refused, so dropping the cookie before each post gains nothing;
	 * each new token costs a page view, and posts stay under the per-client limit). The page keeps no server session: what the last vote
	 * came to travels back in the address ({@code ?outcome=…}), never in a flash attribute.
	 */
	@GetMapping("/public/polls/{id}")
	String poll(@PathVariable long id, @RequestParam(required = false) @Nullable String outcome,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Polls.Poll poll = polls.find(id);
		String voter = null;
		String held = cookie(request);
		if (!signedIn(poll)) {
			voter = tokens.voterOf(held);
			if (held == null) { // a token someone made up is left as it is: its vote is refused as forged
				String token = tokens.issue();
				voter = tokens.voterOf(token);
				response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).httpOnly(true)
					.secure(request.isSecure()).sameSite("Lax").path("/public/polls").maxAge(Duration.ofDays(400))
					.build().toString());
			}
		}
		model.addAttribute("view", polls.view(id, voter));
		model.addAttribute("voteAction", "/public/polls/" + id + "/votes");
		outcome(outcome, model);
		return "portal/poll";
	}

	@PostMapping("/public/polls/{id}/votes")
	@SecretInput
	String vote(@PathVariable long id, @Valid PollForms.Vote form, HttpServletRequest request) {
		Polls.Poll poll = polls.find(id);
		if (signedIn(poll)) {
			return "redirect:/polls/" + id; // voted by a signed-in person, on the officers' side where they are known
		}
		String token = cookie(request);
		String voter = tokens.voterOf(token);
		try {
			if (voter == null) {
				throw new InvalidInputException(token == null ? "poll.noToken" : "poll.forgedToken");
			}
			polls.vote(id, voter, false, form.optionId());
			return "redirect:/public/polls/" + id + "?outcome=voted";
		}
		catch (InvalidInputException ex) {
			return "redirect:/public/polls/" + id + "?outcome=" + ex.messageKey();
		}
	}

	/** A poll that needs signing in, as a signed-in person sees and votes on it. */
	@GetMapping("/polls/{id}")
	String signedInPoll(@PathVariable long id, Principal principal, Model model) {
		Polls.Poll poll = polls.find(id);
		if (!signedIn(poll)) {
			return "redirect:/public/polls/" + id;
		}
		model.addAttribute("view", polls.view(id, "user:" + principal.getName()));
		model.addAttribute("voteAction", "/polls/" + id + "/votes");
		return "portal/poll";
	}

	@PostMapping("/polls/{id}/votes")
	@SecretInput
	String signedInVote(@PathVariable long id, @Valid PollForms.SignedInVote form, Principal principal,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "poll", "voted", () -> polls.vote(id, "user:" + principal.getName(), true,
				form.optionId()));
		return "redirect:/polls/" + id;
	}

	private static boolean signedIn(Polls.Poll poll) {
		return poll.signedInOnly();
	}

	/** The outcome named in the address: thanks, or one of the poll's own refusals (anything else is ignored). */
	private static void outcome(@Nullable String outcome, Model model) {
		if ("voted".equals(outcome)) {
			model.addAttribute("voted", true);
		}
		else if (outcome != null && OUTCOMES.contains(outcome)) {
			model.addAttribute("pollError", outcome);
			model.addAttribute("pollErrorArgs", new Object[0]);
		}
	}

	private static final java.util.Set<String> OUTCOMES = java.util.Set.of("poll.notOpen", "poll.closed",
			"poll.signInToVote", "poll.chooseOption", "poll.alreadyVoted", "poll.forgedToken", "poll.noToken");

	private static @Nullable String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
			.map(Cookie::getValue).findFirst().orElse(null);
	}

	@GetMapping("/portal/polls")
	String manage(Viewer viewer, Model model) {
		model.addAttribute("polls", polls.all());
		if (viewer.mayEditPortal()) {
			model.addAttribute("units", units.tree(viewer, LocalDate.now(clock)).stream().filter(u -> u.level() <= 1)
				.toList());
		}
		model.addAttribute("today", LocalDate.now(clock));
		return "portal/manage";
	}

	@PostMapping("/portal/polls")
	String create(Viewer viewer, @Valid PollForms.Create form, BindingResult binding, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "poll", "created", () -> polls.create(viewer, new Polls.NewPoll(form.unitId(),
				form.question(), List.of(form.options().split("\\r?\\n")), form.opensOn(), form.closesOn(),
				form.integrity(), form.resultsShown()), FormOutcome.problemsOf(binding)));
		return "redirect:/portal/polls";
	}
}
