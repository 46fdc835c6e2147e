package vn.congvu.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import vn.congvu.shared.CompetitionRanking;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;

/**
 * Phong trào thi đua: an officer launches a campaign for the units under a unit, with criteria and their points; the
 * heads register their units with a commitment; the mid-term and final reviews score each registered unit on each
 * criterion, and rank them (ties share a rank). A campaign is seen by the units it covers and by those above them.
 */
@Service
@Transactional
public class Campaigns {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final vn.congvu.staff.StaffQueries staff;
	private final Titles titles;
	private final Clusters clusters;
	private final AuditLog audit;
	private final Clock clock;
	private final ReviewRankings rankings;

	Campaigns(JdbcClient jdbc, OrgUnitQueries units, vn.congvu.staff.StaffQueries staff, Titles titles,
			Clusters clusters, AuditLog audit, Clock clock, ReviewRankings rankings) {
		this.jdbc = jdbc;
		this.units = units;
		this.staff = staff;
		this.titles = titles;
		this.clusters = clusters;
		this.rankings = rankings;
		this.audit = audit;
		this.clock = clock;
	}

	public record Criterion(long id, int position, String name, BigDecimal maxPoints) {
	}

	public record NewCriterion(String name, BigDecimal maxPoints) {
	}

	public record NewCampaign(long unitId, String name, String goals, String legalBasis, String launchDecision,
			LocalDate launchedOn, LocalDate startsOn, LocalDate endsOn, List<NewCriterion> criteria) {
	}

	public record Campaign(long id, long unitId, String unitName, String name, String goals, String legalBasis,
			String launchDecision, LocalDate launchedOn, LocalDate startsOn, LocalDate endsOn) {
	}

	public record Registration(long unitId, String unitName, String commitment, String registeredBy,
			OffsetDateTime registeredAt) {
	}

	/**
	 * One review's table: each unit's points per criterion, total and rank; and the same ranking read within each
	 * emulation cluster of the review's year (cluster name → its units ranked among themselves).
	 */
	public record Review(long id, String kind, LocalDate heldOn, List<CompetitionRanking.Ranked<UnitScores>> ranking,
			Map<String, List<CompetitionRanking.Ranked<UnitScores>>> byCluster) {
	}

	/** A person's registration: the title aimed for and the commitment. */
	public record PersonalRegistration(long staffId, String staffName, String unitName, String titleCode,
			String commitment, OffsetDateTime registeredAt) {
	}

	public record UnitScores(long unitId, String unitName, Map<Long, BigDecimal> points, BigDecimal total) {
	}

	public record View(Campaign campaign, List<Criterion> criteria, List<Registration> registrations,
			List<PersonalRegistration> people, List<Review> reviews, boolean mayRegister, boolean mayReview,
			boolean mayRegisterMyself) {
	}

	private static final String CAMPAIGN = """
			select c.id, c.unit_id, u.name as unit_name, c.name, c.goals, c.legal_basis, c.launch_decision,
			       c.launched_on, c.starts_on, c.ends_on
			from emulation.campaign c join orgunit.published_unit u on u.id = c.unit_id
			""";

	/** Campaigns that cover the viewer's scope or lie within it, newest first. */
	@Transactional(readOnly = true)
	public List<Campaign> visible(Viewer viewer) {
		return jdbc.sql(CAMPAIGN + """
				where u.path like :scope || '%' or :scope like u.path || '%' order by c.launched_on desc, c.id desc""")
			.param("scope", viewer.scopePath()).query(Rows.as(Campaign.class)).list();
	}

	public long launch(Viewer viewer, NewCampaign campaign) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		OrgUnitView unit = units.find(viewer, campaign.unitId());
		for (String text : new String[] { campaign.name(), campaign.goals(), campaign.legalBasis(),
				campaign.launchDecision() }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("campaign.required");
			}
			TextLimits.require(text, 4_000);
		}
		if (!campaign.endsOn().isAfter(campaign.startsOn()) || campaign.startsOn().isBefore(campaign.launchedOn())) {
			throw new InvalidInputException("campaign.dates");
		}
		if (campaign.criteria().isEmpty() || campaign.criteria().stream().anyMatch(c -> c.name() == null
				|| c.name().isBlank() || c.maxPoints() == null || c.maxPoints().signum() <= 0)) {
			throw new InvalidInputException("campaign.criteria.required");
		}
		long id = jdbc.sql("""
				insert into emulation.campaign (unit_id, name, goals, legal_basis, launch_decision, launched_on, starts_on,
				    ends_on, created_by, created_at)
				values (:u, :n, :g, :b, :d, :l, :s, :e, :by, :at) returning id""").param("u", unit.id())
			.param("n", campaign.name().strip()).param("g", campaign.goals().strip())
			.param("b", campaign.legalBasis().strip()).param("d", campaign.launchDecision().strip())
			.param("l", campaign.launchedOn()).param("s", campaign.startsOn()).param("e", campaign.endsOn())
			.param("by", viewer.displayName()).param("at", OffsetDateTime.now(clock)).query(Long.class).single();
		int position = 1;
		for (NewCriterion criterion : campaign.criteria()) {
			TextLimits.require(criterion.name(), 300);
			jdbc.sql("""
					insert into emulation.campaign_criterion (campaign_id, position, name, max_points)
					values (:c, :p, :n, :m)""").param("c", id).param("p", position++)
				.param("n", criterion.name().strip()).param("m", criterion.maxPoints()).update();
		}
		audit.record("campaign.launch", "campaign", id, null, Map.of("name", campaign.name().strip(),
				"criteria", campaign.criteria().size()));
		return id;
	}

	/** One campaign the viewer may see; "not found" otherwise. */
	@Transactional(readOnly = true)
	public Campaign find(Viewer viewer, long id) {
		return jdbc.sql(CAMPAIGN + """
				where c.id = :id and (u.path like :scope || '%' or :scope like u.path || '%')""").param("id", id)
			.param("scope", viewer.scopePath()).query(Rows.as(Campaign.class)).optional()
			.orElseThrow(() -> new RecordNotFoundException("campaign", id));
	}

	private boolean open(Campaign campaign) {
		return !LocalDate.now(clock).isAfter(campaign.endsOn());
	}

	@Transactional(readOnly = true)
	public View view(Viewer viewer, long id) {
		Campaign campaign = find(viewer, id);
		List<Criterion> criteria = jdbc.sql("""
				select id, position, name, max_points from emulation.campaign_criterion where campaign_id = :c
				order by position""").param("c", id).query(Rows.as(Criterion.class)).list();
		List<Registration> registrations = jdbc.sql("""
				select r.unit_id, u.name as unit_name, r.commitment, r.registered_by, r.registered_at
				from emulation.campaign_registration r join orgunit.published_unit u on u.id = r.unit_id
				where r.campaign_id = :c and u.path like :scope || '%' order by u.name""").param("c", id)
			.param("scope", viewer.scopePath()).query(Rows.as(Registration.class)).list();
		List<PersonalRegistration> people = jdbc.sql("""
				select r.staff_id, m.full_name as staff_name, u.name as unit_name, r.title_code, r.commitment,
				       r.registered_at
				from emulation.personal_registration r join staff.published_member m on m.id = r.staff_id
				join orgunit.published_unit u on u.id = r.unit_id
				where r.campaign_id = :c and (u.path like :scope || '%' or r.staff_id = :me)
				order by u.name, m.sort_key""").param("c", id).param("scope", viewer.scopePath())
			.param("me", viewer.staffId() == null ? -1L : viewer.staffId())
			.query(Rows.as(PersonalRegistration.class)).list();
		List<Review> reviews = new ArrayList<>();
		jdbc.sql("select id, kind, held_on from emulation.campaign_review where campaign_id = :c order by held_on")
			.param("c", id).query((rs, n) -> {
				LocalDate heldOn = rs.getObject("held_on", LocalDate.class);
				List<CompetitionRanking.Ranked<UnitScores>> ranking = rankings.of(viewer, rs.getLong("id"));
				return reviews.add(new Review(rs.getLong("id"), rs.getString("kind"), heldOn, ranking,
						ReviewRankings.byCluster(ranking, clusters.groupOfUnits(heldOn.getYear()))));
			}).list();
		boolean open = open(campaign);
		boolean registeredMyself = viewer.staffId() != null
				&& people.stream().anyMatch(p -> p.staffId() == viewer.staffId());
		return new View(campaign, criteria, registrations, people, reviews, open && viewer.mayProposeAwards(),
				viewer.mayRunEmulation() && units.inScope(viewer, campaign.unitId()),
				open && viewer.staffId() != null && !registeredMyself);
	}

	/** A head registers their unit (under the campaign's unit) with a commitment, once, before the campaign ends. */
	public void register(Viewer viewer, long campaignId, long unitId, String commitment) {
		NotPermittedException.unless(viewer.mayProposeAwards());
		Campaign campaign = find(viewer, campaignId);
		OrgUnitView unit = units.find(viewer, unitId);
		if (!open(campaign)) {
			throw new InvalidInputException("campaign.ended");
		}
		if (!unit.path().startsWith(units.pathOf(campaign.unitId())) || unit.id() == campaign.unitId()) {
			throw new InvalidInputException("campaign.notCovered", unit.name());
		}
		String text = TextLimits.requireReason(commitment, "campaign.commitmentRequired", 4_000);
		int added = jdbc.sql("""
				insert into emulation.campaign_registration (campaign_id, unit_id, commitment, registered_by, registered_at)
				values (:c, :u, :t, :by, :at) on conflict do nothing""").param("c", campaignId).param("u", unitId)
			.param("t", text).param("by", viewer.displayName()).param("at", OffsetDateTime.now(clock)).update();
		if (added == 0) {
			throw new InvalidInputException("campaign.alreadyRegistered", unit.name());
		}
		audit.record("campaign.register", "campaign", campaignId, null, Map.of("unit", unitId));
	}

	/**
	 * A staff member registers themselves with the title they aim for (an individual title in force this year) and
	 * their commitment, once, before the campaign ends, when their unit is one the campaign covers.
	 */
	public void registerMyself(Viewer viewer, long campaignId, String titleCode, String commitment) {
		NotPermittedException.unless(viewer.staffId() != null);
		Campaign campaign = find(viewer, campaignId);
		if (!open(campaign)) {
			throw new InvalidInputException("campaign.ended");
		}
		LocalDate today = LocalDate.now(clock);
		Title title = titles.find(today.getYear(), titleCode);
		if (!title.individual()) {
			throw new InvalidInputException("emulation.unknownTitle", titleCode);
		}
		vn.congvu.staff.StaffRow me = staff.find(viewer, viewer.staffId(), today);
		if (!units.pathOf(me.unitId()).startsWith(units.pathOf(campaign.unitId()))) {
			throw new InvalidInputException("campaign.notCovered", me.unitName());
		}
		String text = TextLimits.requireReason(commitment, "campaign.commitmentRequired", 4_000);
		int added = jdbc.sql("""
				insert into emulation.personal_registration (campaign_id, staff_id, unit_id, title_code, commitment,
				    registered_at)
				values (:c, :s, :u, :t, :text, :at) on conflict do nothing""").param("c", campaignId)
			.param("s", me.id()).param("u", me.unitId()).param("t", title.code()).param("text", text)
			.param("at", OffsetDateTime.now(clock)).update();
		if (added == 0) {
			throw new InvalidInputException("campaign.alreadyRegisteredMyself");
		}
		audit.record("campaign.registerMyself", "campaign", campaignId, null,
				Map.of("staff", me.id(), "title", title.code()));
	}

	/** Records a registered unit's points in the mid-term or final review; each within the criterion's maximum. */
	public void score(Viewer viewer, long campaignId, String kind, LocalDate heldOn, long unitId,
			Map<Long, BigDecimal> points, @Nullable String evidence) {
		View view = view(viewer, campaignId);
		NotPermittedException.unless(view.mayReview());
		if (!"MIDTERM".equals(kind) && !"FINAL".equals(kind)) {
			throw new InvalidInputException("campaign.reviewKind.invalid");
		}
		if (view.registrations().stream().noneMatch(r -> r.unitId() == unitId)) {
			throw new InvalidInputException("campaign.notRegistered");
		}
		if (heldOn.isBefore(view.campaign().startsOn()) || heldOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("campaign.reviewDate");
		}
		TextLimits.require(evidence, 4_000);
		for (Criterion criterion : view.criteria()) {
			BigDecimal given = points.get(criterion.id());
			if (given == null || given.signum() < 0 || given.compareTo(criterion.maxPoints()) > 0) {
				throw new InvalidInputException("campaign.pointsOutOfRange", criterion.name(),
						criterion.maxPoints().stripTrailingZeros().toPlainString());
			}
		}
		long review = jdbc.sql("""
				insert into emulation.campaign_review (campaign_id, kind, held_on, created_by) values (:c, :k, :d, :by)
				on conflict (campaign_id, kind) do update set held_on = excluded.held_on returning id""")
			.param("c", campaignId).param("k", kind).param("d", heldOn).param("by", viewer.displayName())
			.query(Long.class).single();
		for (Criterion criterion : view.criteria()) {
			jdbc.sql("""
					insert into emulation.review_score (review_id, unit_id, criterion_id, points, evidence)
					values (:r, :u, :c, :p, :e) on conflict (review_id, unit_id, criterion_id)
					do update set points = excluded.points, evidence = excluded.evidence""")
				.param("r", review).param("u", unitId).param("c", criterion.id()).param("p", points.get(criterion.id()))
				.param("e", evidence == null || evidence.isBlank() ? null : evidence.strip()).update();
		}
		audit.record("campaign.score", "campaign", campaignId, null, Map.of("kind", kind, "unit", unitId,
				"total", points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
	}
}
