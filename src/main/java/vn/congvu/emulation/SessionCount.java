package vn.congvu.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.platform.AuditLog;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/**
 * When and how a council's session is counted. A count is made when every member has voted or recused on every
 * proposal; or, once the session's announced end has passed, when every proposal has the council's quorum (its share
 * of all members, voted or recused). Before that nobody sees a count, so no count can be read between two votes. A
 * proposal passes with approvals of the council's passing share of all members (an absent member does not approve).
 * A proposal's count is published only when at least {@link #SMALLEST_PUBLISHED_COUNT} members voted on it or every
 * member took part; otherwise only its result is, since a count of one or two would tell those few votes.
 */
@Component
class SessionCount {

	static final int SMALLEST_PUBLISHED_COUNT = 3;

	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final Clock clock;

	SessionCount(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether a proposal's counts may be shown once the session is closed. */
	static boolean published(int approvals, int rejections, int recusals, int members) {
		int voters = approvals + rejections;
		return voters >= SMALLEST_PUBLISHED_COUNT || voters + recusals >= members;
	}

	/**
	 * The members a quorum needs: the quorum's share of all members, rounded up; the share is first taken to two
	 * decimals, so that 66.67% of 6 members is 4 (two thirds), not 5.
	 */
	static int quorum(BigDecimal quorumPercent, int members) {
		return quorumPercent.multiply(BigDecimal.valueOf(members)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
			.setScale(0, RoundingMode.CEILING).intValueExact();
	}

	void close(Councils.SessionView view) {
		long sessionId = view.session().id();
		int members = view.members().size();
		Map<Long, Integer> taking = new java.util.HashMap<>();
		jdbc.sql("""
				select proposal_id, count(*)::int as n from emulation.ballot_participation where session_id = :s
				group by proposal_id""").param("s", sessionId)
			.query((rs, n) -> taking.put(rs.getLong(1), rs.getInt(2))).list();
		long missing = view.items().stream().mapToLong(i -> members - taking.getOrDefault(i.proposal().id(), 0)).sum();
		if (missing > 0) {
			OffsetDateTime end = view.session().endsAt();
			if (end == null || OffsetDateTime.now(clock).isBefore(end)) {
				throw new InvalidInputException("emulation.session.votesMissing", missing,
						end == null ? "–" : VietnameseDates.formatDay(end) + " "
								+ end.atZoneSameInstant(clock.getZone()).toLocalTime().withNano(0));
			}
			int needed = quorum(view.session().quorumPercent(), members);
			if (view.items().stream().anyMatch(i -> taking.getOrDefault(i.proposal().id(), 0) < needed)) {
				throw new InvalidInputException("emulation.session.noQuorum", needed, members);
			}
		}
		if (jdbc.sql("""
				update emulation.session set status = 'CLOSED', closed_at = :at where id = :id and status = 'OPEN'""")
			.param("at", OffsetDateTime.now(clock)).param("id", sessionId).update() != 1) {
			throw new ConflictException("emulation.session.changedMeanwhile");
		}
		int passed = 0;
		for (Councils.Item item : view.items()) {
			int approvals = jdbc.sql("""
					select coalesce(max(approvals), 0) from emulation.ballot_tally where session_id = :s and proposal_id = :p""")
				.param("s", sessionId).param("p", item.proposal().id()).query(Integer.class).single();
			boolean passes = TitleRules.passes(approvals, view.session().members(), view.session().thresholdPercent());
			passed += passes ? 1 : 0;
			jdbc.sql("update emulation.proposal set status = :st where id = :id and status = 'VOTING'")
				.param("st", passes ? "PASSED" : "FAILED").param("id", item.proposal().id()).update();
		}
		audit.record("emulation.closeSession", "session", sessionId, null, Map.of("passed", passed,
				"proposals", view.items().size(), "everyoneVoted", missing == 0));
	}
}
