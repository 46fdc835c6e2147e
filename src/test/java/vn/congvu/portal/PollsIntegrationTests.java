package vn.congvu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congvu.IntegrationTestSupport;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.platform.Role;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/** Polls on PostgreSQL: one vote per voter, exact counts under concurrency, refusals that count nothing. */
class PollsIntegrationTests extends IntegrationTestSupport {

	@Autowired Polls polls;
	@Autowired VoterTokens tokens;
	@Autowired OrgUnitQueries units;

	private Viewer officer() {
		long hanoi = units.byCode("01", LocalDate.of(2025, 7, 1)).id();
		return new Viewer("test-portal", "Biên tập viên", Role.HOME_AFFAIRS_OFFICER, hanoi, units.pathOf(hanoi), null,
				false);
	}

	private long poll(LocalDate opens, LocalDate closes, Polls.Integrity integrity, Polls.ResultsShown shown) {
		return polls.create(officer(), new Polls.NewPoll(officer().scopeUnitId(), "Câu hỏi thử " + System.nanoTime(),
				List.of("Có", "Không"), opens, closes, integrity, shown));
	}

	@Test
	void badSettingsAreRefused() {
		LocalDate today = LocalDate.now(clock);
		assertThatThrownBy(() -> polls.create(officer(), new Polls.NewPoll(officer().scopeUnitId(), "Câu hỏi",
				List.of("Có"), today, today.plusDays(3), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE)))
			.hasMessageContaining("poll.options");
		assertThatThrownBy(() -> polls.create(officer(), new Polls.NewPoll(officer().scopeUnitId(), "Câu hỏi",
				List.of("Có", "Có"), today, today.plusDays(3), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE)))
			.hasMessageContaining("poll.options");
		assertThatThrownBy(() -> polls.create(officer(), new Polls.NewPoll(officer().scopeUnitId(), "Câu hỏi",
				List.of("Có", "Không"), today, today, Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE)))
			.hasMessageContaining("poll.dates");
		assertThatThrownBy(() -> polls.create(headOf(officer().scopeUnitId()), new Polls.NewPoll(officer().scopeUnitId(),
				"Câu hỏi", List.of("Có", "Không"), today, today.plusDays(3), Polls.Integrity.BROWSER,
				Polls.ResultsShown.AFTER_VOTE))).isInstanceOf(NotPermittedException.class);
	}

	@Test
	void everyVoterCountsOnceWhateverTheConcurrency() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = poll(today.minusDays(1), today.plusDays(5), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE);
		List<Polls.Option> options = polls.view(id, null).options();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int voter = i % 150; // 50 voters try twice
				done.add(pool.submit(() -> {
					try {
						polls.vote(id, "test:" + voter, false, options.get(voter % 3 == 0 ? 1 : 0).id());
					}
					catch (InvalidInputException ex) {
						assertThat(ex.messageKey()).isEqualTo("poll.alreadyVoted");
						refused.incrementAndGet();
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(refused.get()).isEqualTo(50);
		Polls.View view = polls.view(id, "test:3");
		assertThat(view.total()).isEqualTo(150);
		assertThat(view.options()).extracting(Polls.Option::votes).containsExactly(100L, 50L);
		assertThat(view.myChoice()).isEqualTo(options.get(1).id());
		assertThat(polls.view(id, null).resultsVisible()).as("nobody's choice, not closed: no counts").isFalse();
	}

	@Test
	void closedNotYetOpenForeignOptionAndSignInAreRefusedAndNothingCounted() {
		LocalDate today = LocalDate.now(clock);
		long closed = poll(today.minusDays(10), today.minusDays(2), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_CLOSE);
		long future = poll(today.plusDays(2), today.plusDays(10), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE);
		long signedIn = poll(today.minusDays(1), today.plusDays(10), Polls.Integrity.SIGNED_IN, Polls.ResultsShown.AFTER_CLOSE);
		long closedOption = polls.view(closed, null).options().get(0).id();
		assertThatThrownBy(() -> polls.vote(closed, "test:x", false, closedOption)).hasMessageContaining("poll.closed");
		assertThatThrownBy(() -> polls.vote(future, "test:x", false, polls.view(future, null).options().get(0).id()))
			.hasMessageContaining("poll.notOpen");
		assertThatThrownBy(() -> polls.vote(signedIn, "test:x", false, closedOption))
			.hasMessageContaining("poll.signInToVote");
		assertThatThrownBy(() -> polls.vote(signedIn, "user:x", true, closedOption)).as("another poll's option")
			.hasMessageContaining("poll.chooseOption");
		assertThat(polls.view(closed, null).total()).isZero();
		assertThat(polls.view(closed, null).resultsVisible()).as("closed: results for everyone").isTrue();
		polls.vote(signedIn, "user:x", true, polls.view(signedIn, null).options().get(1).id());
		assertThat(polls.view(signedIn, "user:x").resultsVisible()).as("results only after closing").isFalse();
	}

	@Test
	void aForgedOrChangedTokenIsNotAVoter() {
		String token = tokens.issue();
		assertThat(tokens.voterOf(token)).startsWith("browser:");
		assertThat(tokens.voterOf(token)).isEqualTo(tokens.voterOf(token));
		String changed = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		assertThat(tokens.voterOf(changed)).isNull();
		assertThat(tokens.voterOf("bia-dat.abc")).isNull();
		assertThat(tokens.voterOf("khong-co-dau-cham")).isNull();
		assertThat(tokens.voterOf(null)).isNull();
	}

	@Test
	void theApiGivesATokenCountsOnceAndRefusesForgedTokensWithProblems() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long id = poll(today.minusDays(1), today.plusDays(5), Polls.Integrity.BROWSER, Polls.ResultsShown.AFTER_VOTE);
		long option = polls.view(id, null).options().get(0).id();
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> vote = (token, body) -> {
			java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
					java.net.URI.create(baseUrl() + "/api/v1/polls/" + id + "/votes"))
				.header("Content-Type", "application/json").header("Accept-Language", "en")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
			if (token != null) {
				request.header("Voter-Token", token);
			}
			try {
				return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		java.net.http.HttpResponse<String> first = vote.apply(null, "{\"optionId\": " + option + "}");
		assertThat(first.statusCode()).isEqualTo(201);
		String token = first.body().replaceAll(".*\"voterToken\":\"([^\"]+)\".*", "$1");
		java.net.http.HttpResponse<String> again = vote.apply(token, "{\"optionId\": " + option + "}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
			.contains("application/problem+json"));
		java.net.http.HttpResponse<String> forged = vote.apply(token + "x", "{\"optionId\": " + option + "}");
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).contains("not valid");
		assertThat(vote.apply(null, "{\"optionId\": 987654321}").statusCode()).isEqualTo(400);
		assertThat(polls.view(id, null).options().get(0).votes()).isZero(); // not visible without voting
		assertThat(polls.view(id, tokens.voterOf(token)).total()).isEqualTo(1);
	}
}
