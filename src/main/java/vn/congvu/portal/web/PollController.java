package vn.congvu.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.FormOutcome;
import vn.congvu.platform.Viewer;
import vn.congvu.portal.Polls;
import vn.congvu.portal.VoterTokens;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

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

	@GetMapping("/public/polls/{id}")
	String poll(@PathVariable long id, HttpServletRequest request, @Nullable Principal principal, Model model) {
		Polls.Poll poll = polls.find(id);
		model.addAttribute("view", polls.view(id, voter(poll, request, principal)));
		return "portal/poll";
	}

	@PostMapping("/public/polls/{id}/votes")
	String vote(@PathVariable long id, @RequestParam(defaultValue = "0") long optionId, HttpServletRequest request,
			HttpServletResponse response, @Nullable Principal principal, RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "poll", "voted", () -> {
			Polls.Poll poll = polls.find(id);
			String voter;
			if ("SIGNED_IN".equals(poll.integrity())) {
				voter = principal == null ? null : "user:" + principal.getName();
				if (voter == null) {
					throw new InvalidInputException("poll.signInToVote");
				}
			}
			else {
				String token = cookie(request);
				if (token != null) {
					voter = tokens.voterOf(token);
					if (voter == null) {
						throw new InvalidInputException("poll.forgedToken");
					}
				}
				else {
					token = tokens.issue();
					voter = tokens.voterOf(token);
					response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).httpOnly(true)
						.secure(request.isSecure()).sameSite("Lax").path("/public/polls").maxAge(Duration.ofDays(400))
						.build().toString());
				}
			}
			polls.vote(id, voter, principal != null, optionId);
		});
		return "redirect:/public/polls/" + id;
	}

	private @Nullable String voter(Polls.Poll poll, HttpServletRequest request, @Nullable Principal principal) {
		if ("SIGNED_IN".equals(poll.integrity())) {
			return principal == null ? null : "user:" + principal.getName();
		}
		return tokens.voterOf(cookie(request));
	}

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
	String create(Viewer viewer, @RequestParam(defaultValue = "0") long unitId,
			@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String options,
			@RequestParam(defaultValue = "") String opensOn, @RequestParam(defaultValue = "") String closesOn,
			@RequestParam(defaultValue = "") String integrity, @RequestParam(defaultValue = "") String resultsShown,
			RedirectAttributes redirect) {
		FormOutcome.attempt(redirect, "poll", "created", () -> polls.create(viewer, new Polls.NewPoll(unitId, question,
				List.of(options.split("\\r?\\n")), day(opensOn), day(closesOn),
				Arrays.stream(Polls.Integrity.values()).filter(i -> i.name().equals(integrity)).findFirst().orElse(null),
				Arrays.stream(Polls.ResultsShown.values()).filter(r -> r.name().equals(resultsShown)).findFirst()
					.orElse(null))));
		return "redirect:/portal/polls";
	}

	private static @Nullable LocalDate day(String text) {
		return text.isBlank() ? null : VietnameseDates.parse(text, LocalDate.MIN);
	}
}
