package vn.congvu.reformindex;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bỏ phiếu kín của hội đồng thẩm định: the appraisal council's secret ballot. Who has voted (participation, no
 * choice, no time) and how the council voted (two counters, no member, no time) are kept apart, so nothing joins a
 * member to a choice. While the ballot is open nobody sees the counts, only how many have voted.
 */
@Component
class AppraisalBallot {

	/** The ballot as one member sees it: whether they voted, how many did, and the counts once it is closed. */
	record State(boolean voted, int participants, @Nullable Integer approvals, @Nullable Integer rejections) {
	}

	/** The counts after a vote (to decide the outcome at once; never shown while the ballot is open). */
	record Tally(int approvals, int rejections) {
	}

	/**
	 * The days the unit has to respond to the appraisal before the officer may make the result final. No text fixes
	 * it for the PAR Index; the provinces' appraisal plans commonly give ten working days, taken here as fourteen calendar
	 * days (unconfirmed).
	 */
	static final int RESPONSE_DAYS = 14;

	private final JdbcClient jdbc;

	AppraisalBallot(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The members who may vote on a unit's appraisal on {@code day}: the council less those assigned to the assessed
	 * unit that day (a member does not appraise their own unit).
	 */
	java.util.List<Long> eligible(java.util.List<Long> members, long unitId, java.time.LocalDate day) {
		if (members.isEmpty()) {
			return members;
		}
		java.util.Set<Long> ofTheUnit = new java.util.HashSet<>(jdbc.sql("""
				select staff_id from staff.published_assignment where unit_id = :u and staff_id in (:m)
				  and valid_from <= :d and (valid_to is null or valid_to > :d)""")
			.param("u", unitId).param("m", members).param("d", day).query(Long.class).list());
		return members.stream().filter(member -> !ofTheUnit.contains(member)).toList();
	}

	/** Casts a member's vote; {@code null} when the member has voted already. */
	@Nullable Tally cast(long assessmentId, long staffId, boolean approve) {
		int added = jdbc.sql("""
				insert into reformindex.appraisal_participation (assessment_id, staff_id) values (:a, :s)
				on conflict do nothing""").param("a", assessmentId).param("s", staffId).update();
		if (added == 0) {
			return null;
		}
		return jdbc.sql("""
				insert into reformindex.appraisal_tally as t (assessment_id, approvals, rejections)
				values (:a, :yes, :no)
				on conflict (assessment_id) do update
				  set approvals = t.approvals + excluded.approvals, rejections = t.rejections + excluded.rejections
				returning approvals, rejections""")
			.param("a", assessmentId).param("yes", approve ? 1 : 0).param("no", approve ? 0 : 1)
			.query((rs, row) -> new Tally(rs.getInt("approvals"), rs.getInt("rejections"))).single();
	}

	/** Starts the ballot again (the appraisal changed, or the council rejected it). */
	void reset(long assessmentId) {
		jdbc.sql("delete from reformindex.appraisal_participation where assessment_id = :a").param("a", assessmentId)
			.update();
		jdbc.sql("delete from reformindex.appraisal_tally where assessment_id = :a").param("a", assessmentId).update();
	}

	/** The ballot as {@code staffId} (none for a viewer who is no person) sees it; counts only when closed. */
	State state(long assessmentId, @Nullable Long staffId, boolean closed) {
		return jdbc.sql("""
				select exists (select 1 from reformindex.appraisal_participation
				               where assessment_id = :a and staff_id = :s) as voted,
				       (select count(*) from reformindex.appraisal_participation where assessment_id = :a) as participants,
				       t.approvals, t.rejections
				from (select 1) one left join reformindex.appraisal_tally t on t.assessment_id = :a""")
			.param("a", assessmentId).param("s", staffId == null ? -1L : staffId)
			.query((rs, row) -> new State(rs.getBoolean("voted"), rs.getInt("participants"),
					closed ? rs.getInt("approvals") : null, closed ? rs.getInt("rejections") : null))
			.single();
	}
}
