package vn.congvu.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.congvu.conduct.discipline.DisciplinaryMeasure;
import vn.congvu.evaluation.ClassificationGrade;

/**
 * Whether a person or a unit meets each title of the year, and why, from the facts the system holds. Plain logic
 * over the stored titles: the table-driven tests exercise it directly. Every condition checked yields a reason, met
 * or not, as a message key with its arguments ({@code key|arg|arg}), so the page can show each one.
 */
public final class TitleRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private TitleRules() {
	}

	/** What the system knows of a person for the year. */
	public record PersonFacts(long staffId, long unitId, @Nullable ClassificationGrade grade,
			@Nullable DisciplinaryMeasure worstMeasure, boolean pendingCase, boolean initiative) {
	}

	/** One title's verdict with the conditions behind it. */
	public record Verdict(String titleCode, boolean eligible, List<String> reasons) {
	}

	/** Individual titles in their order (a title may require an earlier one), for one person. */
	public static Map<String, Verdict> person(List<Title> titles, PersonFacts facts) {
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (Title title : titles) {
			if (title.individual()) {
				verdicts.put(title.code(), person(title, facts, verdicts));
			}
		}
		return verdicts;
	}

	private static Verdict person(Title title, PersonFacts facts, Map<String, Verdict> earlier) {
		List<String> reasons = new ArrayList<>();
		boolean ok = true;
		if (title.minGrade() != null) {
			boolean met = facts.grade() != null && facts.grade() != ClassificationGrade.NOT_CLASSIFIED
					&& !facts.grade().worseThan(title.minGrade());
			ok &= met;
			reasons.add((met ? "ok" : "no") + ".grade|" + title.minGrade().name() + "|"
					+ (facts.grade() == null ? "NONE" : facts.grade().name()));
		}
		if (title.disqualifyingMeasure() != null) {
			boolean met = !atLeast(facts.worstMeasure(), title.disqualifyingMeasure());
			ok &= met;
			reasons.add(met ? "ok.noDiscipline|" + title.disqualifyingMeasure().name()
					: "no.discipline|" + facts.worstMeasure().name());
		}
		if (title.requiresTitle() != null) {
			Verdict required = earlier.get(title.requiresTitle());
			boolean met = required != null && required.eligible();
			ok &= met;
			reasons.add((met ? "ok" : "no") + ".requires|" + title.requiresTitle());
		}
		if (title.excellentOrInitiative()) {
			boolean excellent = facts.grade() == ClassificationGrade.EXCELLENT;
			boolean met = excellent || facts.initiative();
			ok &= met;
			reasons.add(met ? (excellent ? "ok.excellent" : "ok.initiative") : "no.excellentOrInitiative");
		}
		if (title.initiativeRequired()) {
			ok &= facts.initiative();
			reasons.add(facts.initiative() ? "ok.initiative" : "no.initiative");
		}
		// Decree 98/2023 Art. 4: nobody is proposed while under disciplinary review
		ok &= !facts.pendingCase();
		reasons.add(facts.pendingCase() ? "no.pendingCase" : "ok.noPendingCase");
		return new Verdict(title.code(), ok, reasons);
	}

	/** A unit's members and their verdicts, for the collective titles. */
	public record Members(List<PersonFacts> people, List<Map<String, Verdict>> verdicts) {
	}

	/** Collective titles for one unit, from its members' facts and individual verdicts. */
	public static Map<String, Verdict> unit(List<Title> titles, Members members) {
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		for (Title title : titles) {
			if (!title.individual()) {
				verdicts.put(title.code(), unit(title, members));
			}
		}
		return verdicts;
	}

	private static Verdict unit(Title title, Members members) {
		List<String> reasons = new ArrayList<>();
		int n = members.people().size();
		if (n == 0) {
			return new Verdict(title.code(), false, List.of("no.noMembers"));
		}
		boolean ok = true;
		if (title.memberTitle() != null && title.memberSharePercent() != null) {
			long meeting = members.verdicts().stream()
				.filter(v -> v.get(title.memberTitle()) != null && v.get(title.memberTitle()).eligible()).count();
			boolean met = share(meeting, n).compareTo(title.memberSharePercent()) >= 0;
			ok &= met;
			reasons.add((met ? "ok" : "no") + ".memberShare|" + title.memberTitle() + "|" + meeting + "|" + n + "|"
					+ plain(title.memberSharePercent()));
		}
		if (title.memberGoodSharePercent() != null) {
			long good = members.people().stream().filter(p -> p.grade() == ClassificationGrade.EXCELLENT
					|| p.grade() == ClassificationGrade.GOOD).count();
			boolean met = share(good, n).compareTo(title.memberGoodSharePercent()) >= 0;
			ok &= met;
			reasons.add((met ? "ok" : "no") + ".goodShare|" + good + "|" + n + "|"
					+ plain(title.memberGoodSharePercent()));
		}
		if (title.allMembersCompleted()) {
			long short_ = members.people().stream().filter(p -> p.grade() == null
					|| p.grade() == ClassificationGrade.NOT_COMPLETED).count();
			ok &= short_ == 0;
			reasons.add(short_ == 0 ? "ok.allCompleted" : "no.allCompleted|" + short_);
		}
		if (title.requiresMemberTitle() != null) {
			boolean met = members.verdicts().stream().anyMatch(v -> v.get(title.requiresMemberTitle()) != null
					&& v.get(title.requiresMemberTitle()).eligible());
			ok &= met;
			reasons.add((met ? "ok" : "no") + ".memberHasTitle|" + title.requiresMemberTitle());
		}
		if (title.memberDisqualifyingMeasure() != null) {
			long disciplined = members.people().stream()
				.filter(p -> atLeast(p.worstMeasure(), title.memberDisqualifyingMeasure())).count();
			ok &= disciplined == 0;
			reasons.add(disciplined == 0 ? "ok.noMemberDiscipline|" + title.memberDisqualifyingMeasure().name()
					: "no.memberDiscipline|" + disciplined + "|" + title.memberDisqualifyingMeasure().name());
		}
		return new Verdict(title.code(), ok, reasons);
	}

	/** The cash award: the title's multiple of the base salary, in whole đồng. */
	public static long cash(Title title, long baseSalary) {
		return title.cashMultiple().multiply(BigDecimal.valueOf(baseSalary)).setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/** Whether a council passes a proposal: approvals over all members (recused ones count as not approving). */
	public static boolean passes(int approvals, int members, BigDecimal thresholdPercent) {
		return members > 0 && share(approvals, members).compareTo(thresholdPercent) >= 0;
	}

	/** Measures in order of severity: reprimand is the lightest, forced resignation the heaviest. */
	static boolean atLeast(@Nullable DisciplinaryMeasure measure, DisciplinaryMeasure floor) {
		return measure != null && measure.ordinal() >= floor.ordinal();
	}

	private static BigDecimal share(long part, long whole) {
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
