package vn.congvu.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.Problems;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseDates;

/**
 * Bình chọn: an officer sets up a poll for a unit (question, 2 to 10 options, the days it is open, how a voter is
 * known, when results show). A voter votes once: the vote is a row keyed by the poll and the voter, so a second vote
 * or one after closing is refused and nothing is counted, and every count is exact whatever the concurrency.
 */
@Service
@Transactional
public class Polls {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;
	private final VoteWriter writer;
	private final Clock clock;
	/** Polls do not change once created: their settings and options are read once per node. */
	private final Map<Long, Settled> settled = new java.util.concurrent.ConcurrentHashMap<>();

	Polls(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit, VoteWriter writer, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.writer = writer;
		this.clock = clock;
	}

	private record Settled(Poll poll, java.util.Set<Long> optionIds) {
	}

	public enum Integrity {
		/** One vote per browser (a signed token in a cookie), with the public rate limit. */
		BROWSER,
		/** One vote per signed-in account. */
		SIGNED_IN
	}

	public enum ResultsShown {
		AFTER_VOTE, AFTER_CLOSE
	}

	public record NewPoll(long unitId, String question, List<String> options, @Nullable LocalDate opensOn,
			@Nullable LocalDate closesOn, @Nullable Integrity integrity, @Nullable ResultsShown resultsShown) {
	}

	public record Poll(long id, long unitId, String unitName, String question, OffsetDateTime opensAt,
			OffsetDateTime closesAt, Integrity integrity, ResultsShown resultsShown) {

		/** Whether only signed-in accounts may vote (one vote per account, not per browser). */
		public boolean signedInOnly() {
			return integrity == Integrity.SIGNED_IN;
		}
	}

	public record Option(long id, int position, String label, long votes) {
	}

	/** A poll as a voter sees it: the counts only when they may be shown. */
	public record View(Poll poll, List<Option> options, @Nullable Long myChoice, boolean open, boolean closed,
			boolean resultsVisible, long total) {

		public long percentOf(Option option) {
			return total == 0 ? 0 : Math.round(100.0 * option.votes() / total);
		}
	}

	private static final String SELECT = """
			select p.id, p.unit_id, u.name as unit_name, p.question, p.opens_at, p.closes_at, p.integrity, p.results_shown
			from portal.poll p join orgunit.published_unit u on u.id = p.unit_id
			""";

	public long create(Viewer viewer, NewPoll poll) {
		return create(viewer, poll, new Problems());
	}

	/**
	 * Creates a poll unless it or its form has problems ({@code problems}: those found before, such as a day the form
	 * could not read); every problem is refused at once, at its field.
	 */
	public long create(Viewer viewer, NewPoll poll, Problems problems) {
		NotPermittedException.unless(viewer.mayEditPortal());
		OrgUnitView unit = units.find(viewer, poll.unitId());
		if (problems.require(poll.question() != null && !poll.question().isBlank(), "question",
				"poll.questionRequired")) {
			problems.check("question", () -> TextLimits.require(poll.question(), 500));
		}
		List<String> options = poll.options().stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
		if (problems.require(options.size() >= 2 && options.size() <= 10
				&& options.stream().distinct().count() == options.size(), "options", "poll.options")) {
			options.forEach(o -> problems.check("options", () -> TextLimits.require(o, 300)));
		}
		problems.require(poll.opensOn() != null, "opensOn", "poll.dates");
		problems.require(poll.closesOn() != null && (poll.opensOn() == null || poll.closesOn().isAfter(poll.opensOn())),
				"closesOn", "poll.dates");
		problems.require(poll.integrity() != null, "integrity", "poll.settings");
		problems.require(poll.resultsShown() != null, "resultsShown", "poll.settings");
		problems.refuseIfAny();
		long id = jdbc.sql("""
				insert into portal.poll (unit_id, question, opens_at, closes_at, integrity, results_shown, created_by,
				    created_at)
				values (:u, :q, :o, :c, :i, :r, :by, :at) returning id""").param("u", unit.id())
			.param("q", poll.question().strip())
			.param("o", poll.opensOn().atStartOfDay(VietnameseDates.VIETNAM).toOffsetDateTime())
			.param("c", poll.closesOn().plusDays(1).atStartOfDay(VietnameseDates.VIETNAM).toOffsetDateTime())
			.param("i", poll.integrity().name()).param("r", poll.resultsShown().name()).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).query(Long.class).single();
		int position = 1;
		for (String option : options) {
			jdbc.sql("insert into portal.poll_option (poll_id, position, label) values (:p, :n, :l)").param("p", id)
				.param("n", position++).param("l", option).update();
		}
		audit.record("poll.create", "poll", id, null, Map.of("question", poll.question().strip(), "options", options));
		return id;
	}

	/** Every poll, newest first: public. */
	@Transactional(readOnly = true)
	public List<Poll> all() {
		return jdbc.sql(SELECT + " order by p.opens_at desc, p.id desc limit 200").query(Rows.as(Poll.class)).list();
	}

	@Transactional(readOnly = true)
	public Poll find(long id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(Rows.as(Poll.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("poll", id));
	}

	/** The poll for this voter (null when unknown): their choice, and the counts if they may be seen. */
	@Transactional(readOnly = true)
	public View view(long id, @Nullable String voter) {
		Poll poll = find(id);
		OffsetDateTime now = OffsetDateTime.now(clock);
		boolean closed = !now.isBefore(poll.closesAt());
		boolean open = !now.isBefore(poll.opensAt()) && !closed;
		Long mine = voter == null ? null : jdbc.sql("select option_id from portal.poll_vote where poll_id = :p and voter = :v")
			.param("p", id).param("v", voter).query(Long.class).optional().orElse(null);
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("select option_id, count(*) as n from portal.poll_vote where poll_id = :p group by option_id")
			.param("p", id).query((rs, n) -> counts.put(rs.getLong("option_id"), rs.getLong("n"))).list();
		boolean visible = closed || (mine != null && poll.resultsShown() == ResultsShown.AFTER_VOTE);
		List<Option> options = new ArrayList<>();
		jdbc.sql("select id, position, label from portal.poll_option where poll_id = :p order by position")
			.param("p", id).query((rs, n) -> options.add(new Option(rs.getLong("id"), rs.getInt("position"),
					rs.getString("label"), visible ? counts.getOrDefault(rs.getLong("id"), 0L) : 0)))
			.list();
		long total = visible ? counts.values().stream().mapToLong(Long::longValue).sum() : 0;
		return new View(poll, options, mine, open, closed, visible, total);
	}

	/**
	 * Counts one vote of a known voter (a checked browser token or a signed-in account, as the poll declares); a
	 * second vote, a vote outside the opening days or for another poll's option is refused and nothing is counted. The
	 * vote is written by the group-commit writer and the answer comes once it is committed (within a caller's
	 * transaction, it is written with that transaction).
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public void vote(long id, String voter, boolean signedIn, long optionId) {
		Settled known = settled.get(id);
		if (known == null) {
			known = new Settled(find(id), java.util.Set.copyOf(jdbc.sql("select id from portal.poll_option where poll_id = :p")
				.param("p", id).query(Long.class).list()));
			if (settled.size() > 10_000) {
				settled.clear();
			}
			settled.put(id, known);
		}
		Poll poll = known.poll();
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (now.isBefore(poll.opensAt())) {
			throw new InvalidInputException("poll.notOpen");
		}
		if (!now.isBefore(poll.closesAt())) {
			throw new InvalidInputException("poll.closed");
		}
		if (poll.signedInOnly() && !signedIn) {
			throw new InvalidInputException("poll.signInToVote");
		}
		if (!known.optionIds().contains(optionId)) {
			throw new InvalidInputException("poll.chooseOption");
		}
		boolean counted;
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
			counted = jdbc.sql("""
					insert into portal.poll_vote (poll_id, voter, option_id, voted_at) values (:p, :v, :o, :at)
					on conflict (poll_id, voter) do nothing""").param("p", id).param("v", voter).param("o", optionId)
				.param("at", now).update() == 1; // within the caller's transaction (start-up data): written with it
		}
		else try {
			counted = writer.submit(new VoteWriter.Vote(id, voter, optionId, now)).get(30,
					java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new vn.congvu.platform.ServiceUnavailableException(5, ex);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new vn.congvu.platform.ServiceUnavailableException(5, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new vn.congvu.platform.ServiceUnavailableException(5, ex);
		}
		if (!counted) {
			throw new vn.congvu.shared.ConflictException("poll.alreadyVoted");
		}
	}
}
