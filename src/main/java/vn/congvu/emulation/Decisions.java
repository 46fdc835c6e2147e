package vn.congvu.emulation;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.OfficialDocument;
import vn.congvu.platform.AuditLog;
import vn.congvu.reporting.Authority;
import vn.congvu.reporting.AuthorityKind;
import vn.congvu.reporting.AuthorityRegister;
import vn.congvu.reporting.DocumentKind;
import vn.congvu.reporting.DocumentRegister;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.TextLimits;
import vn.congvu.shared.VietnameseDates;

/**
 * Quyết định khen thưởng: after the council's session, the competent authority awards the proposals that passed.
 * Each award's cash is the title's multiple of the base salary in force on the day the decision is signed. The
 * decision is issued by an authority from the register (numbered there, signed by its leader on the day), never by
 * a name typed on the form.
 */
@Service
@Transactional
public class Decisions {

	private final JdbcClient jdbc;
	private final Councils councils;
	private final Titles titles;
	private final AuditLog audit;
	private final Clock clock;
	private final DocumentRegister register;
	private final AuthorityRegister authorityRegister;

	Decisions(JdbcClient jdbc, Councils councils, Titles titles, AuditLog audit, Clock clock,
			DocumentRegister register, AuthorityRegister authorityRegister) {
		this.register = register;
		this.authorityRegister = authorityRegister;
		this.jdbc = jdbc;
		this.councils = councils;
		this.titles = titles;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the officer chooses: the authority that issues (one of {@link #authorities}, by the unit it issues for) and
	 * the signing day. The number comes from the authority's register, the signer from its leaders on that day.
	 */
	public record NewDecision(long authorityUnitId, LocalDate signedOn) {
	}

	public record Decision(long id, String number, LocalDate signedOn, String issuer, String signerTitle,
			String signerName, long sessionId, long baseSalary) {
	}

	public record Award(String subjectName, String titleName, int year, long amountVnd) {
	}

	public long issue(Viewer viewer, long sessionId, NewDecision decision) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		Councils.SessionView session = councils.view(viewer, sessionId);
		if (session.session().open()) {
			throw new InvalidInputException("emulation.decision.sessionOpen");
		}
		if (decision.signedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("emulation.decision.future");
		}
		List<Councils.Item> passed = session.items().stream()
			.filter(i -> "PASSED".equals(i.proposal().status())).toList();
		if (passed.isEmpty()) {
			throw new InvalidInputException("emulation.decision.nothingPassed");
		}
		if (authorities(viewer, sessionId, decision.signedOn()).stream()
			.noneMatch(a -> a.unitId() == decision.authorityUnitId())) {
			throw new InvalidInputException("emulation.decision.authority");
		}
		long base = titles.baseSalaryOn(decision.signedOn());
		minutesIssued(session); // the minutes the decision rests on are issued first
		Authority authority = authorityRegister.competentFor(decision.authorityUnitId(), decision.signedOn());
		int year = passed.get(0).proposal().year();
		List<Award> awards = new ArrayList<>();
		for (Councils.Item item : passed) {
			Title title = titles.find(item.proposal().year(), item.proposal().titleCode());
			awards.add(new Award(item.proposal().subjectName(), item.proposal().titleName(), item.proposal().year(),
					TitleRules.cash(title, base)));
		}
		DocumentRegister.Issued issued = register.issue(new DocumentRegister.Draft(authority, DocumentKind.DECISION,
				"Về việc tặng danh hiệu thi đua năm " + year, decision.signedOn(), source(sessionId)),
				(letterhead, document) -> write(document, letterhead, session, awards, base, null));
		long id = jdbc.sql("""
				insert into emulation.decision (number, signed_on, issuer, signer_title, signer_name, session_id,
				    base_salary, created_by, created_at, pdf, pdf_sha256)
				values (:n, :d, :i, :t, :s, :session, :base, :by, :at, :pdf, :sha) returning id""")
			.param("n", issued.document().reference()).param("d", decision.signedOn()).param("i", authority.name())
			.param("t", issued.document().signerTitle()).param("s", issued.document().signerName())
			.param("session", sessionId).param("base", base).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).param("pdf", issued.pdf())
			.param("sha", issued.document().sha256()).query(Long.class).single();
		for (Councils.Item item : passed) {
			Title title = titles.find(item.proposal().year(), item.proposal().titleCode());
			jdbc.sql("insert into emulation.award (decision_id, proposal_id, amount_vnd) values (:d, :p, :a)")
				.param("d", id).param("p", item.proposal().id()).param("a", TitleRules.cash(title, base)).update();
			jdbc.sql("update emulation.proposal set status = 'AWARDED' where id = :p and status = 'PASSED'")
				.param("p", item.proposal().id()).update();
		}
		audit.record("emulation.decision", "decision", id, null, Map.of("number", issued.document().reference(),
				"awards", passed.size(), "baseSalary", base));
		return id;
	}

	/**
	 * The authorities that may issue the decision on {@code day}: the council's own committee first (the competent
	 * one for the titles a council at that level proposes), then the committees above it.
	 */
	@Transactional(readOnly = true)
	public List<AuthorityRegister.Choice> authorities(Viewer viewer, long sessionId, LocalDate day) {
		return authorityRegister.choicesFor(councils.view(viewer, sessionId).session().unitId(), day);
	}

	@Transactional(readOnly = true)
	public @Nullable Decision ofSession(Viewer viewer, long sessionId) {
		councils.view(viewer, sessionId); // 404 outside the scope
		return jdbc.sql("""
				select id, number, signed_on, issuer, signer_title, signer_name, session_id, base_salary
				from emulation.decision where session_id = :s""").param("s", sessionId).query(Rows.as(Decision.class))
			.optional().orElse(null);
	}

	@Transactional(readOnly = true)
	public List<Award> awards(long decisionId) {
		return awards(decisionId, false);
	}

	/** The decision's awards; {@code standingOnly}: without those revoked since (for a replacing decision). */
	List<Award> awards(long decisionId, boolean standingOnly) {
		return jdbc.sql("""
				select coalesce(m.full_name, u.name) as subject_name, t.name as title_name, p.year, a.amount_vnd
				from emulation.award a join emulation.proposal p on p.id = a.proposal_id
				join lateral (select name from emulation.title where code = p.title_code order by valid_from desc limit 1) t
				     on true
				left join staff.published_member m on p.subject_kind = 'STAFF' and m.id = p.subject_id
				left join orgunit.published_unit u on p.subject_kind = 'UNIT' and u.id = p.subject_id
				where a.decision_id = :d and (not :standing or p.status = 'AWARDED')
				order by t.name, m.sort_key, u.name""").param("d", decisionId).param("standing", standingOnly)
			.query(Rows.as(Award.class)).list();
	}

	static String source(long sessionId) {
		return "emulation.session:" + sessionId + ":decision";
	}

	/** The document in force: the decision as issued, or the decision that replaced it. */
	@Transactional(readOnly = true)
	public java.util.Optional<vn.congvu.reporting.IssuedDocument> document(Viewer viewer, long sessionId) {
		councils.view(viewer, sessionId); // 404 outside the scope
		return register.current(source(sessionId));
	}

	/** The decision in force, as issued: numbered, signed, the same bytes every time. */
	@Transactional(readOnly = true)
	public byte[] pdf(Viewer viewer, long sessionId) {
		Decision decision = ofSession(viewer, sessionId);
		if (decision == null) {
			throw new RecordNotFoundException("decision", sessionId);
		}
		var current = register.current(source(sessionId));
		if (current.isPresent()) {
			return register.pdf(current.get().id());
		}
		return jdbc.sql("select pdf from emulation.decision where id = :id and pdf is not null")
			.param("id", decision.id()).query(byte[].class).optional()
			.orElseThrow(() -> new RecordNotFoundException("decision", sessionId));
	}

	OfficialDocument write(OfficialDocument document, DocumentRegister.Letterhead letterhead,
			Councils.SessionView session, List<Award> awards, long base, @Nullable String replacing) {
		int year = awards.get(0).year();
		NumberFormat money = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));
		document.text("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022; Nghị định số 98/2023/NĐ-CP "
				+ "ngày 31/12/2023 quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;");
		document.text("Xét đề nghị của " + session.session().councilName() + " tại phiên họp ngày "
				+ VietnameseDates.format(session.session().heldOn()) + ",");
		document.heading("QUYẾT ĐỊNH:");
		document.text("Điều 1. Tặng danh hiệu thi đua năm " + year + " cho các cá nhân, tập thể có tên sau:");
		List<String[]> rows = new ArrayList<>();
		int n = 1;
		for (Award award : awards) {
			rows.add(new String[] { String.valueOf(n++), award.subjectName(), award.titleName(),
					money.format(award.amountVnd()) });
		}
		document.table(new float[] { 0.8f, 3.4f, 3, 1.8f }, new String[] { "STT", "Cá nhân, tập thể", "Danh hiệu",
				"Tiền thưởng (đồng)" }, rows);
		document.text("Điều 2. Tiền thưởng tính theo mức lương cơ sở " + money.format(base)
				+ " đồng có hiệu lực tại ngày ký quyết định (Nghị định 98/2023/NĐ-CP, Điều 54).");
		document.text("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các cá nhân, tập thể có tên tại Điều 1 và cơ quan, "
				+ "đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.");
		if (replacing != null) {
			document.text("Điều 4. " + replacing);
		}
		return document.closing(List.of("Như Điều 3", "Hồ sơ thi đua – khen thưởng"), letterhead.signer(), "");
	}

	/**
	 * The minutes of a counted session (biên bản họp), issued by the council in its own register and signed by its
	 * chair: once, when the decision is issued or at the first download, then the same bytes every time.
	 */
	public byte[] minutes(Viewer viewer, long sessionId) {
		Councils.SessionView view = councils.view(viewer, sessionId);
		if (view.session().open()) {
			throw new InvalidInputException("emulation.decision.sessionOpen");
		}
		return minutesIssued(view);
	}

	private byte[] minutesIssued(Councils.SessionView view) {
		Councils.Session session = view.session();
		String source = "emulation.session:" + session.id() + ":minutes";
		var existing = register.current(source);
		if (existing.isPresent()) {
			return register.pdf(existing.get().id());
		}
		LocalDate day = jdbc.sql("select closed_at from emulation.session where id = :id").param("id", session.id())
			.query(OffsetDateTime.class).optional().map(at -> at.atZoneSameInstant(clock.getZone()).toLocalDate())
			.orElse(LocalDate.now(clock));
		Authority council = authorityRegister.body(authorityRegister.competentFor(session.unitId(), day),
				AuthorityKind.COUNCIL, session.councilName());
		String chair = view.members().stream().filter(m -> "CHAIR".equals(m.role())).map(Councils.Member::fullName)
			.findFirst().orElse("");
		OfficialDocument.Signer signer = new OfficialDocument.Signer("", "Chủ tịch Hội đồng", chair);
		return register.issue(new DocumentRegister.Draft(council, DocumentKind.MINUTES, "Họp xét thi đua, khen thưởng ngày "
				+ VietnameseDates.format(session.heldOn()), day, source, signer, null),
				(letterhead, document) -> minutesBody(document, view, signer)).pdf();
	}

	/** A count, or a dash where it is not published (too few voters: see the council's count rule). */
	private static String count(@Nullable Integer value) {
		return value == null ? "–" : String.valueOf(value);
	}

	private OfficialDocument minutesBody(OfficialDocument document, Councils.SessionView view,
			OfficialDocument.Signer signer) {
		Councils.Session session = view.session();
		StringBuilder members = new StringBuilder();
		for (Councils.Member member : view.members()) {
			members.append(members.isEmpty() ? "" : "; ").append(member.fullName())
				.append("CHAIR".equals(member.role()) ? " (chủ tịch hội đồng)" : "");
		}
		document.text("Thành phần: " + view.members().size() + " thành viên hội đồng: " + members + ".");
		document.text("Hình thức: bỏ phiếu kín. Đề nghị được thông qua khi có từ "
				+ session.thresholdPercent().stripTrailingZeros().toPlainString()
				+ "% tổng số thành viên hội đồng đồng ý; thành viên có liên quan đến đề nghị không bỏ phiếu.");
		List<String[]> rows = new ArrayList<>();
		int n = 1;
		for (Councils.Item item : view.items()) {
			rows.add(new String[] { String.valueOf(n++), item.proposal().subjectName(), item.proposal().titleName(),
					count(item.approvals()), count(item.rejections()), count(item.recusals()),
					"FAILED".equals(item.proposal().status()) ? "Không thông qua" : "Thông qua" });
		}
		document.table(new float[] { 0.8f, 3, 2.6f, 1.1f, 1.3f, 1.3f, 1.6f }, new String[] { "STT", "Cá nhân, tập thể",
				"Danh hiệu", "Đồng ý", "Không đồng ý", "Không bỏ phiếu", "Kết quả" }, rows);
		return document.closing(List.of("Thành viên hội đồng", "Hồ sơ thi đua – khen thưởng"), signer, "");
	}
}
