package vn.congvu.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.reporting.AuthorityRegister;
import vn.congvu.reporting.DocumentKind;
import vn.congvu.reporting.DocumentRegister;
import vn.congvu.reporting.IssuedDocument;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseDates;

/**
 * Quyết định thay thế: an issued award decision is never changed; when it must be corrected (an award revoked because
 * its achievement proved false, a wrong issuer or day), the competent authority issues a new decision that replaces
 * it, numbered anew from its register, naming the one it replaces and why. Both stay: the verification page marks the
 * first as replaced, and the session's page and downloads give the one in force. The awards and their cash stay as
 * decided; the replacing decision lists those that still stand.
 */
@Service
@Transactional
public class DecisionCorrections {

	private final Decisions decisions;
	private final Councils councils;
	private final DocumentRegister register;
	private final AuthorityRegister authorities;
	private final AuditLog audit;
	private final Clock clock;

	DecisionCorrections(Decisions decisions, Councils councils, DocumentRegister register,
			AuthorityRegister authorities, AuditLog audit, Clock clock) {
		this.decisions = decisions;
		this.councils = councils;
		this.register = register;
		this.authorities = authorities;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues the replacing decision; returns its number and symbol. */
	public String replace(Viewer viewer, long sessionId, Decisions.NewDecision replacement, String reason) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		Decisions.Decision decision = decisions.ofSession(viewer, sessionId);
		if (decision == null) {
			throw new RecordNotFoundException("decision", sessionId);
		}
		String why = TextLimits.requireReason(reason, "emulation.correction.reasonRequired", 2_000);
		LocalDate day = replacement.signedOn();
		if (day.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("emulation.decision.future");
		}
		if (day.isBefore(decision.signedOn())) {
			throw new InvalidInputException("emulation.correction.beforeDecision",
					VietnameseDates.format(decision.signedOn()));
		}
		if (decisions.authorities(viewer, sessionId, day).stream()
			.noneMatch(a -> a.unitId() == replacement.authorityUnitId())) {
			throw new InvalidInputException("emulation.decision.authority");
		}
		IssuedDocument current = register.current(Decisions.source(sessionId))
			.orElseThrow(() -> new InvalidInputException("emulation.correction.notInRegister"));
		List<Decisions.Award> standing = decisions.awards(decision.id(), true);
		if (standing.isEmpty()) {
			throw new InvalidInputException("emulation.correction.nothingStands");
		}
		Councils.SessionView session = councils.view(viewer, sessionId);
		String note = "Quyết định này thay thế Quyết định số " + current.reference() + " ngày "
				+ VietnameseDates.format(current.issuedOn()) + ". Lý do: " + why;
		DocumentRegister.Issued issued = register.issue(new DocumentRegister.Draft(
				authorities.competentFor(replacement.authorityUnitId(), day), DocumentKind.DECISION,
				"Về việc tặng danh hiệu thi đua năm " + standing.get(0).year() + " (thay thế Quyết định số "
						+ current.reference() + ")", day, Decisions.source(sessionId), null, current.id()),
				(letterhead, document) -> decisions.write(document, letterhead, session, standing,
						decision.baseSalary(), note));
		audit.record("emulation.decision.replace", "decision", decision.id(), Map.of("number", current.reference()),
				Map.of("number", issued.document().reference(), "reason", why));
		return issued.document().reference();
	}
}
