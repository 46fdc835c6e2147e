package vn.congvu.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.platform.GroupCommit;
import vn.congvu.platform.ServiceUnavailableException;

/**
 * Group commit for votes: votes arriving together are written in one transaction, and each voter's answer waits for
 * that commit, so an acknowledged vote is durable and the database commits once per batch, not once per vote. The
 * key (poll, voter) decides: of two votes by one voter, in one batch or not, exactly one is counted.
 */
@Component
class VoteWriter extends GroupCommit<VoteWriter.Pending> {

	private static final Logger log = LoggerFactory.getLogger(VoteWriter.class);
	private static final int MAX_BATCH = 2_000;

	record Vote(long pollId, String voter, long optionId, OffsetDateTime at) {
	}

	record Pending(Vote vote, CompletableFuture<Boolean> counted) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	VoteWriter(JdbcClient jdbc, TransactionTemplate transaction) {
		super("vote-writer", 50_000, MAX_BATCH, 1, true);
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Queues a vote; the future tells, once committed, whether it was counted (false: the voter had voted). */
	CompletableFuture<Boolean> submit(Vote vote) {
		CompletableFuture<Boolean> counted = new CompletableFuture<>();
		if (!offer(new Pending(vote, counted))) {
			throw new ServiceUnavailableException(2, null);
		}
		return counted;
	}

	@Override
	protected void write(List<Pending> batch) {
		List<Pending> distinct = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Pending pending : batch) {
			if (seen.add(pending.vote().pollId() + "\u0000" + pending.vote().voter())) {
				distinct.add(pending);
			}
			else {
				pending.counted().complete(false); // the same voter twice in one batch: the first one counts
			}
		}
		try {
			Set<String> inserted = new HashSet<>();
			transaction.executeWithoutResult(status -> jdbc.sql("""
					insert into portal.poll_vote (poll_id, voter, option_id, voted_at)
					select * from unnest(:polls, :voters, :options, cast(:ats as timestamptz[]))
					on conflict (poll_id, voter) do nothing returning poll_id, voter""")
				.param("polls", distinct.stream().map(p -> p.vote().pollId()).toArray(Long[]::new))
				.param("voters", distinct.stream().map(p -> p.vote().voter()).toArray(String[]::new))
				.param("options", distinct.stream().map(p -> p.vote().optionId()).toArray(Long[]::new))
				.param("ats", distinct.stream().map(p -> p.vote().at().toString()).toArray(String[]::new))
				.query((rs, n) -> inserted.add(rs.getLong("poll_id") + "\u0000" + rs.getString("voter"))).list());
			for (Pending pending : distinct) {
				pending.counted().complete(inserted.contains(pending.vote().pollId() + "\u0000" + pending.vote().voter()));
			}
		}
		catch (RuntimeException ex) {
			log.warn("A batch of {} votes was not stored: {}", distinct.size(), ex.getMessage());
			distinct.forEach(p -> p.counted().completeExceptionally(new ServiceUnavailableException(5, ex)));
		}
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}
}
