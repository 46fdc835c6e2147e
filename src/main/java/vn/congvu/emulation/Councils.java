package vn.congvu.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.staff.StaffQueries;

/**
 * Hội đồng thi đua – khen thưởng: its members, its sessions and their secret ballot. A session takes every proposal
 * of the council's units that waits; each member votes once on each, or is recused when the proposal concerns them
 * or their own unit; nobody sees another's ballot, and the counts appear when the session closes. A proposal passes
 * with the approvals of the threshold's share of all members (rule data).
 */
@Service
@Transactional
public class Councils {

	/** Decree 91/2017 asked 90% of all members for higher titles; no figure for today was found: marked so. */
	static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(90);

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final StaffQueries staff;
	private final AuditLog audit;
	private final Clock clock;
	private final SessionCount count;

	Councils(JdbcClient jdbc, OrgUnitQueries units, StaffQueries staff, AuditLog audit, Clock clock,
			SessionCount count) {
		this.count = count;
		this.jdbc = jdbc;
		this.units = units;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock;
	}

	public record Council(long id, long unitId, String name, BigDecimal thresholdPercent, String thresholdBasis,
			@Nullable String unconfirmed) {
	}

	public record Member(long staffId, String fullName, String role) {
	}

	/** A session; {@code endsAt} is its announced end (none for sessions opened before it was recorded). */
	public record Session(long id, long councilId, String councilName, long unitId, LocalDate heldOn, String status,
			int members, BigDecimal thresholdPercent, BigDecimal quorumPercent, @Nullable OffsetDateTime endsAt) {

		public boolean open() {
			return "OPEN".equals(status);
		}
	}

	/**
	 * One proposal in a session as the viewer may see it: whether they voted (never how: the ballot is secret and
	 * nothing stored joins a member to a choice), and the counts only once the session is closed.
	 */
	public record Item(Proposals.ProposalView proposal, boolean recused, boolean voted, @Nullable Integer approvals,
			@Nullable Integer rejections, @Nullable Integer recusals) {
	}

	public record SessionView(Session session, List<Member> members, List<Item> items, boolean member,
			boolean mayClose) {
	}

	public long create(Viewer viewer, long unitId, String name, List<Long> memberIds, long chairId) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		OrgUnitView unit = units.find(viewer, unitId);
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("emulation.council.nameRequired");
		}
		TextLimits.require(name, 300);
		if (memberIds.size() < 3 || !memberIds.contains(chairId)) {
			throw new InvalidInputException("emulation.council.membersRequired");
		}
		LocalDate today = LocalDate.now(clock);
		memberIds.forEach(id -> staff.find(viewer, id, today)); // 404 for anyone outside the scope
		long id = jdbc.sql("""
				insert into emulation.council (unit_id, name, threshold_percent, threshold_basis, unconfirmed, created_by)
				values (:u, :n, :t, 'Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)', :x, :by) returning id""")
			.param("u", unit.id()).param("n", name.strip()).param("t", DEFAULT_THRESHOLD)
			.param("x", "Tỷ lệ 90% tổng số thành viên theo quy định cũ; tỷ lệ áp dụng hiện nay chưa đối chiếu được: cấu hình được.")
			.param("by", viewer.displayName()).query(Long.class).single();
		for (long member : memberIds.stream().distinct().toList()) {
			jdbc.sql("insert into emulation.council_member (council_id, staff_id, role) values (:c, :s, :r)")
				.param("c", id).param("s", member).param("r", member == chairId ? "CHAIR" : "MEMBER").update();
		}
		audit.record("emulation.council", "council", id, null, Map.of("unit", unitId, "members", memberIds.size()));
		return id;
	}

	/**
	 * Sets the share of all members whose approval passes a proposal, with the text it rests on (the sources found
	 * give no figure for today). Sessions already counted keep their result.
	 */
	public void setThreshold(Viewer viewer, long councilId, BigDecimal percent, String basis) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		Council council = inScope(viewer).stream().filter(c -> c.id() == councilId).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("council", councilId));
		if (percent.compareTo(BigDecimal.ONE) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2) {
			throw new InvalidInputException("emulation.council.thresholdRange");
		}
		if (basis == null || basis.isBlank()) {
			throw new InvalidInputException("emulation.council.basisRequired");
		}
		TextLimits.require(basis, 300);
		jdbc.sql("""
				update emulation.council set threshold_percent = :p, threshold_basis = :b, unconfirmed = null
				where id = :id""").param("p", percent).param("b", basis.strip()).param("id", councilId).update();
		audit.record("emulation.threshold", "council", councilId, Map.of("percent", council.thresholdPercent()),
				Map.of("percent", percent, "basis", basis.strip()));
	}

	@Transactional(readOnly = true)
	public List<Council> inScope(Viewer viewer) {
		return jdbc.sql("""
				select c.id, c.unit_id, c.name, c.threshold_percent, c.threshold_basis, c.unconfirmed
				from emulation.council c join orgunit.published_unit u on u.id = c.unit_id
				where (:officer and u.path like :scope || '%') or exists (select 1 from emulation.council_member m
				      where m.council_id = c.id and m.staff_id = :me) order by c.id""")
			.param("officer", viewer.mayRunEmulation()).param("scope", viewer.scopePath()).param("me", me(viewer))
			.query(Rows.as(Council.class)).list();
	}

	/** Opens a session with every waiting proposal of the council's units; members concerned are recused. */
	public long openSession(Viewer viewer, long councilId, LocalDate heldOn) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		Council council = inScope(viewer).stream().filter(c -> c.id() == councilId).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("council", councilId));
		int members = jdbc.sql("select count(*) from emulation.council_member where council_id = :c")
			.param("c", councilId).query(Integer.class).single();
		// the announced end: the end of the meeting day; after it, a session with its quorum may be counted
		OffsetDateTime ends = heldOn.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		long session = jdbc.sql("""
				insert into emulation.session (council_id, held_on, status, members, opened_by, ends_at)
				values (:c, :d, 'OPEN', :m, :by, :ends) returning id""").param("c", councilId).param("d", heldOn)
			.param("m", members).param("by", viewer.displayName()).param("ends", ends).query(Long.class).single();
		int taken = jdbc.sql("""
				update emulation.proposal p set status = 'VOTING', session_id = :s
				where p.status = 'PROPOSED' and p.unit_id in (select u.id from orgunit.published_unit u
				    where u.path like (select path from orgunit.published_unit where id = :unit) || '%')""")
			.param("s", session).param("unit", council.unitId()).update();
		if (taken == 0) {
			throw new InvalidInputException("emulation.session.nothingToVote");
		}
		// recusal: a member is the person proposed, or belongs to the unit proposed
		jdbc.sql("""
				insert into emulation.ballot_participation (session_id, proposal_id, member_id, recused)
				select :s, p.id, m.staff_id, true
				from emulation.proposal p join emulation.council_member m on m.council_id = :c
				where p.session_id = :s and ((p.subject_kind = 'STAFF' and p.subject_id = m.staff_id)
				   or (p.subject_kind = 'UNIT' and exists (select 1 from staff.published_assignment a
				       where a.staff_id = m.staff_id and a.unit_id = p.subject_id and a.valid_to is null)))""")
			.param("s", session).param("c", councilId).update();
		audit.record("emulation.openSession", "session", session, null, Map.of("council", councilId,
				"proposals", taken));
		return session;
	}

	/** A member's vote on one proposal: once, while the session is open, unless recused. */
	public void vote(Viewer viewer, long sessionId, long proposalId, boolean approve) {
		SessionView view = view(viewer, sessionId);
		if (!view.member()) {
			throw new NotPermittedException("emulation.vote.notMember");
		}
		if (!view.session().open()) {
			throw new InvalidInputException("emulation.vote.closed");
		}
		Item item = view.items().stream().filter(i -> i.proposal().id() == proposalId).findFirst()
			.orElseThrow(() -> new RecordNotFoundException("proposal", proposalId));
		if (item.recused()) {
			throw new InvalidInputException("emulation.vote.recused");
		}
		// who voted, and the count, apart: no row holds a member beside a choice, none holds the time of a vote
		int cast = jdbc.sql("""
				insert into emulation.ballot_participation (session_id, proposal_id, member_id, recused)
				select :s, :p, :m, false where exists (select 1 from emulation.session where id = :s and status = 'OPEN')
				on conflict do nothing""").param("s", sessionId).param("p", proposalId).param("m", viewer.staffId())
			.update();
		if (cast == 0) {
			throw new InvalidInputException(item.voted() ? "emulation.vote.once" : "emulation.vote.closed");
		}
		jdbc.sql("""
				insert into emulation.ballot_tally as t (session_id, proposal_id, approvals, rejections)
				values (:s, :p, :yes, :no)
				on conflict (session_id, proposal_id) do update
				  set approvals = t.approvals + excluded.approvals, rejections = t.rejections + excluded.rejections""")
			.param("s", sessionId).param("p", proposalId).param("yes", approve ? 1 : 0).param("no", approve ? 0 : 1)
			.update();
		audit.record("emulation.vote", "session", sessionId, null, Map.of("proposal", proposalId)); // not the vote
	}

	/** Closes the session and counts, when {@link SessionCount} allows it. */
	public void close(Viewer viewer, long sessionId) {
		SessionView view = view(viewer, sessionId);
		if (!view.mayClose()) {
			throw new NotPermittedException("emulation.session.notYours");
		}
		count.close(view);
	}

	@Transactional(readOnly = true)
	public SessionView view(Viewer viewer, long sessionId) {
		Session session = jdbc.sql("""
				select s.id, s.council_id, c.name as council_name, c.unit_id, s.held_on, s.status, s.members,
				       c.threshold_percent, c.quorum_percent, s.ends_at
				from emulation.session s join emulation.council c on c.id = s.council_id
				where s.id = :id""").param("id", sessionId).query(Rows.as(Session.class)).optional()
			.filter(s -> inScope(viewer).stream().anyMatch(c -> c.id() == s.councilId()))
			.orElseThrow(() -> new RecordNotFoundException("session", sessionId));
		List<Member> members = jdbc.sql("""
				select m.staff_id, s.full_name, m.role from emulation.council_member m
				join staff.published_member s on s.id = m.staff_id where m.council_id = :c
				order by m.role <> 'CHAIR', s.sort_key""").param("c", session.councilId()).query(Rows.as(Member.class)).list();
		boolean member = members.stream().anyMatch(m -> viewer.isStaff(m.staffId()));
		boolean closed = !session.open();
		// one statement for the whole session: the viewer's own ballot per proposal, and the counts (shown once closed)
		record Tally(long proposalId, boolean myRecusal, boolean voted, int approvals, int rejections, int recusals) {
		}
		Map<Long, Tally> tallies = new java.util.HashMap<>();
		jdbc.sql("""
				select p.proposal_id, coalesce(bool_or(p.recused) filter (where p.member_id = :me), false) as my_recusal,
				       bool_or(p.member_id = :me) as voted, coalesce(max(t.approvals), 0) as approvals,
				       coalesce(max(t.rejections), 0) as rejections, count(*) filter (where p.recused) as recusals
				from emulation.ballot_participation p
				left join emulation.ballot_tally t on t.session_id = p.session_id and t.proposal_id = p.proposal_id
				where p.session_id = :s group by p.proposal_id""").param("s", sessionId)
			.param("me", me(viewer)).query(Rows.as(Tally.class)).list().forEach(t -> tallies.put(t.proposalId(), t));
		List<Item> items = jdbc.sql(Proposals.SELECT + " where p.session_id = :s order by p.id").param("s", sessionId)
			.query(Rows.as(Proposals.ProposalView.class)).list().stream().map(p -> {
				Tally t = tallies.getOrDefault(p.id(), new Tally(p.id(), false, false, 0, 0, 0));
				boolean shown = closed && SessionCount.published(t.approvals(), t.rejections(), t.recusals(), members.size());
				return new Item(p, t.myRecusal(), t.voted(), shown ? t.approvals() : null,
						shown ? t.rejections() : null, shown ? t.recusals() : null);
			}).toList();
		return new SessionView(session, members, items, member, viewer.mayRunEmulation());
	}

	@Transactional(readOnly = true)
	public List<Session> sessions(Viewer viewer) {
		List<Long> councils = inScope(viewer).stream().map(Council::id).toList();
		if (councils.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select s.id, s.council_id, c.name as council_name, c.unit_id, s.held_on, s.status, s.members,
				       c.threshold_percent, c.quorum_percent, s.ends_at
				from emulation.session s join emulation.council c on c.id = s.council_id
				where s.council_id in (:c) order by s.id desc limit 50""").param("c", councils)
			.query(Rows.as(Session.class)).list();
	}

	private static long me(Viewer viewer) {
		return viewer.staffId() == null ? -1L : viewer.staffId();
	}
}
