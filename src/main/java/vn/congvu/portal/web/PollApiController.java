package vn.congvu.portal.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congvu.portal.Polls;
import vn.congvu.portal.VoterTokens;
import vn.congvu.shared.InvalidInputException;

/**
 * Polls for apps: read a poll (with its results when they may be shown to this voter) and vote. The voter is known
 * by a signed token sent in the {@value #TOKEN_HEADER} header: the first vote without one is given one, which the app
 * keeps. Polls that need a signed-in account are voted on the portal's pages only.
 */
@RestController
class PollApiController {

	static final String TOKEN_HEADER = "Voter-Token";

	private final Polls polls;
	private final VoterTokens tokens;

	PollApiController(Polls polls, VoterTokens tokens) {
		this.polls = polls;
		this.tokens = tokens;
	}

	record PollJson(long id, String question, String unitName, String opensAt, String closesAt, boolean open,
			boolean resultsVisible, long total, List<OptionJson> options, @Nullable Long myChoice) {
	}

	record OptionJson(long id, String label, @Nullable Long votes) {
	}

	record VoteJson(@Nullable Long optionId) {
	}

	record VotedJson(boolean counted, String voterToken) {
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "A poll, with its results when they may be shown")
	@GetMapping("/api/v1/polls/{id}")
	PollJson poll(@PathVariable long id, @RequestHeader(name = TOKEN_HEADER, required = false) @Nullable String token) {
		Polls.View view = polls.view(id, tokens.voterOf(token));
		return new PollJson(id, view.poll().question(), view.poll().unitName(), view.poll().opensAt().toString(),
				view.poll().closesAt().toString(), view.open(), view.resultsVisible(), view.total(),
				view.options().stream().map(o -> new OptionJson(o.id(), o.label(),
						view.resultsVisible() ? o.votes() : null)).toList(), view.myChoice());
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Vote in a poll")
	@PostMapping("/api/v1/polls/{id}/votes")
	@ResponseStatus(HttpStatus.CREATED)
	VotedJson vote(@PathVariable long id, @RequestBody VoteJson vote,
			@RequestHeader(name = TOKEN_HEADER, required = false) @Nullable String token) {
		return new VotedJson(true, vote(polls, tokens, id, vote.optionId(), token));
	}

	/** Counts the vote of the voter behind the token (a new voter, given a token, when there is none). */
	static String vote(Polls polls, VoterTokens tokens, long id, @Nullable Long optionId, @Nullable String token) {
		String voterToken = token == null || token.isBlank() ? tokens.issue() : token;
		String voter = tokens.voterOf(voterToken);
		if (voter == null) {
			throw new InvalidInputException("poll.forgedToken");
		}
		polls.vote(id, voter, false, optionId == null ? 0 : optionId);
		return voterToken;
	}
}
