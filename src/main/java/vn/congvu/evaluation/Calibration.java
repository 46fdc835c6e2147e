package vn.congvu.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Cân đối kết quả: the distribution of levels in a unit's month, for the whole unit and for each group with similar
 * tasks (the system reads a group as a staff category), the excellent-rating cap of the rule set in force, and the
 * head's approval, refused while a cap is exceeded.
 */
@Service
@Transactional
public class Calibration {

	/** How many of those nearest the line a page or message names. */
	static final int NEAREST_SHOWN = 10;

	private final JdbcClient jdbc;
	private final ScorecardQueries queries;
	private final EvaluationRules rules;
	private final AuditLog audit;
	private final Clock clock;

	Calibration(JdbcClient jdbc, ScorecardQueries queries, EvaluationRules rules, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/** One group's distribution, its quota and the excellent closest to the line (lowest totals first). */
	public record Group(String name, Map<ClassificationGrade, Integer> counts, Quota quota,
			List<ScorecardView.Card> nearestTheLine) {
	}

	/** A unit's month: every card, the groups, how many wait for review and for approval. */
	public record View(EvaluationRuleSet rules, List<ScorecardView.Card> cards, List<Group> groups, int pending,
			int reviewed, int approved) {

		/** One page of the cards, best total first, optionally of one level only (a unit may have thousands). */
		public CardPage page(@Nullable ClassificationGrade grade, int page) {
			List<ScorecardView.Card> chosen = grade == null ? cards
					: cards.stream().filter(c -> c.grade() == grade && c.status() != ScorecardStatus.ABSENT).toList();
			int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
			int shown = Math.clamp(page, 0, pages - 1);
			return new CardPage(chosen.subList(shown * PAGE_SIZE, Math.min(chosen.size(), (shown + 1) * PAGE_SIZE)),
					shown, pages, chosen.size());
		}
	}

	/** A page of cards on the calibration page. */
	public record CardPage(List<ScorecardView.Card> cards, int page, int pages, int total) {

		public boolean hasNext() {
			return page + 1 < pages;
		}
	}

	static final int PAGE_SIZE = 100;

	@Transactional(readOnly = true)
	public View of(Viewer viewer, long unitId, YearMonth month, boolean exceptional) {
		List<ScorecardView.Card> cards = queries.ofUnit(viewer, unitId, month);
		EvaluationRuleSet ruleSet = rules.inForce(month.atDay(1));
		List<Group> groups = new ArrayList<>();
		groups.add(group("ALL", cards, ruleSet, exceptional));
		Map<String, List<ScorecardView.Card>> byCategory = new LinkedHashMap<>();
		cards.forEach(c -> byCategory.computeIfAbsent(c.staffCategory(), k -> new ArrayList<>()).add(c));
		if (byCategory.size() > 1) {
			byCategory.forEach((category, members) -> groups.add(group(category, members, ruleSet, exceptional)));
		}
		int pending = (int) cards.stream().filter(c -> c.status() == ScorecardStatus.DRAFT
				|| c.status() == ScorecardStatus.SELF_ASSESSED).count();
		int reviewed = (int) cards.stream().filter(c -> c.status() == ScorecardStatus.REVIEWED).count();
		int approved = (int) cards.stream().filter(c -> c.status() == ScorecardStatus.APPROVED).count();
		return new View(ruleSet, cards, groups, pending, reviewed, approved);
	}

	static Group group(String name, List<ScorecardView.Card> cards, EvaluationRuleSet ruleSet, boolean exceptional) {
		Map<ClassificationGrade, Integer> counts = new EnumMap<>(ClassificationGrade.class);
		for (ClassificationGrade grade : List.of(ClassificationGrade.EXCELLENT, ClassificationGrade.GOOD,
				ClassificationGrade.COMPLETED, ClassificationGrade.NOT_COMPLETED)) {
			counts.put(grade, 0);
		}
		List<ScorecardView.Card> rated = cards.stream().filter(c -> c.status() != ScorecardStatus.ABSENT).toList();
		rated.forEach(c -> counts.merge(c.grade(), 1, Integer::sum));
		Quota quota = Quota.of(ruleSet, exceptional, rated.size(), counts.get(ClassificationGrade.GOOD),
				counts.get(ClassificationGrade.EXCELLENT));
		List<ScorecardView.Card> nearest = rated.stream().filter(c -> c.grade() == ClassificationGrade.EXCELLENT)
			.sorted(Comparator.comparing(ScorecardView.Card::total)).limit(Math.clamp(quota.over(), 3, NEAREST_SHOWN))
			.toList();
		return new Group(name, counts, quota, nearest);
	}

	/**
	 * The head approves every reviewed scorecard of the unit's month, except their own (approved a level up).
	 * Refused while the excellent exceed a cap, with the cap, the excess and the names nearest the line.
	 * {@code exceptional}: the unit's exceptional achievements were recognised by decision (the higher cap).
	 * Returns how many were approved.
	 */
	public int approve(Viewer viewer, long unitId, YearMonth month, boolean exceptional) {
		NotPermittedException.unless(viewer.mayApproveScorecards());
		View view = of(viewer, unitId, month, exceptional);
		for (Group group : view.groups()) {
			if (group.quota().exceeded()) {
				throw new InvalidInputException("calibration.quotaExceeded", group.quota().excellent(),
						group.quota().cap(), group.quota().percent().stripTrailingZeros().toPlainString(),
						group.quota().over(), String.join(", ", group.nearestTheLine().stream()
							.limit(group.quota().over()).map(ScorecardView.Card::staffName).toList())
								+ (group.quota().over() > NEAREST_SHOWN ? "…" : ""));
			}
		}
		List<Long> ids = view.cards().stream().filter(c -> c.status() == ScorecardStatus.REVIEWED)
			.filter(c -> !viewer.isStaff(c.staffId())).map(ScorecardView.Card::id).toList();
		if (ids.isEmpty()) {
			throw new InvalidInputException("calibration.nothingToApprove");
		}
		int approved = jdbc.sql("""
				update evaluation.scorecard set status = 'APPROVED', approved_by = :by, approved_at = :at
				where id in (:ids) and status = 'REVIEWED' and current""").param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).param("ids", ids).update();
		audit.record("scorecard.approve", "unit", unitId, null, Map.of("month", month.toString(), "approved", approved,
				"exceptional", exceptional));
		return approved;
	}
}
