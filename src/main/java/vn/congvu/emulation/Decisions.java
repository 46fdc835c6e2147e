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
import vn.congvu.platform.PdfFonts;
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
 * decision is a PDF in the administrative format; the signer is the authority's, as typed, not the clicking officer.
 */
@Service
@Transactional
public class Decisions {

	private final JdbcClient jdbc;
	private final Councils councils;
	private final Titles titles;
	private final PdfFonts fonts;
	private final AuditLog audit;
	private final Clock clock;
	private final vn.congvu.reporting.PdfSignatures signatures;

	Decisions(JdbcClient jdbc, Councils councils, Titles titles, PdfFonts fonts, AuditLog audit, Clock clock,
			vn.congvu.reporting.PdfSignatures signatures) {
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.councils = councils;
		this.titles = titles;
		this.fonts = fonts;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the officer types: the number and symbol, the signing day, the issuer and the signer. */
	public record NewDecision(String number, LocalDate signedOn, String issuer, String signerTitle, String signerName) {
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
		for (String text : new String[] { decision.number(), decision.issuer(), decision.signerTitle(),
				decision.signerName() }) {
			if (text == null || text.isBlank()) {
				throw new InvalidInputException("emulation.decision.required");
			}
			TextLimits.require(text, 200);
		}
		if (decision.signedOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("emulation.decision.future");
		}
		List<Councils.Item> passed = session.items().stream()
			.filter(i -> "PASSED".equals(i.proposal().status())).toList();
		if (passed.isEmpty()) {
			throw new InvalidInputException("emulation.decision.nothingPassed");
		}
		if (jdbc.sql("select exists (select 1 from emulation.decision where number = :n)")
			.param("n", decision.number().strip()).query(Boolean.class).single()) {
			throw new InvalidInputException("emulation.decision.numberTaken", decision.number().strip());
		}
		long base = titles.baseSalaryOn(decision.signedOn());
		long id = jdbc.sql("""
				insert into emulation.decision (number, signed_on, issuer, signer_title, signer_name, session_id,
				    base_salary, created_by, created_at)
				values (:n, :d, :i, :t, :s, :session, :base, :by, :at) returning id""")
			.param("n", decision.number().strip()).param("d", decision.signedOn()).param("i", decision.issuer().strip())
			.param("t", decision.signerTitle().strip()).param("s", decision.signerName().strip())
			.param("session", sessionId).param("base", base).param("by", viewer.displayName())
			.param("at", OffsetDateTime.now(clock)).query(Long.class).single();
		for (Councils.Item item : passed) {
			Title title = titles.find(item.proposal().year(), item.proposal().titleCode());
			jdbc.sql("insert into emulation.award (decision_id, proposal_id, amount_vnd) values (:d, :p, :a)")
				.param("d", id).param("p", item.proposal().id()).param("a", TitleRules.cash(title, base)).update();
			jdbc.sql("update emulation.proposal set status = 'AWARDED' where id = :p and status = 'PASSED'")
				.param("p", item.proposal().id()).update();
		}
		audit.record("emulation.decision", "decision", id, null, Map.of("number", decision.number().strip(),
				"awards", passed.size(), "baseSalary", base));
		pdf(viewer, sessionId); // written and signed now, as issued
		return id;
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
		return jdbc.sql("""
				select coalesce(m.full_name, u.name) as subject_name, t.name as title_name, p.year, a.amount_vnd
				from emulation.award a join emulation.proposal p on p.id = a.proposal_id
				join lateral (select name from emulation.title where code = p.title_code order by valid_from desc limit 1) t
				     on true
				left join staff.published_member m on p.subject_kind = 'STAFF' and m.id = p.subject_id
				left join orgunit.published_unit u on p.subject_kind = 'UNIT' and u.id = p.subject_id
				where a.decision_id = :d order by t.name, m.sort_key, u.name""").param("d", decisionId)
			.query(Rows.as(Award.class)).list();
	}

	/**
	 * The decision as a PDF in the administrative format (Decree 30/2020), signed in the issuer's name: written and
	 * signed once (at the first download for decisions issued before signing existed), then the same file every time.
	 */
	public byte[] pdf(Viewer viewer, long sessionId) {
		Decision decision = ofSession(viewer, sessionId);
		if (decision == null) {
			throw new RecordNotFoundException("decision", sessionId);
		}
		byte[] stored = jdbc.sql("select pdf from emulation.decision where id = :id and pdf is not null")
			.param("id", decision.id()).query(byte[].class).optional().orElse(null);
		if (stored != null) {
			return stored;
		}
		byte[] signed = signatures.signIfPossible(document(viewer, decision, sessionId), decision.issuer(),
				"Quyết định khen thưởng số " + decision.number());
		jdbc.sql("update emulation.decision set pdf = :pdf, pdf_sha256 = :sha where id = :id and pdf is null")
			.param("pdf", signed).param("sha", vn.congvu.platform.UploadedFile.sha256(signed)).param("id", decision.id())
			.update();
		return signed;
	}

	private byte[] document(Viewer viewer, Decision decision, long sessionId) {
		Councils.SessionView session = councils.view(viewer, sessionId);
		List<Award> awards = awards(decision.id());
		int year = awards.isEmpty() ? decision.signedOn().getYear() : awards.get(0).year();
		NumberFormat money = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));
		OfficialDocument document = new OfficialDocument(fonts, decision.issuer(), "Hà Nội", decision.signedOn(),
				"QUYẾT ĐỊNH", "Về việc tặng danh hiệu thi đua năm " + year);
		document.text("Số: " + decision.number());
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
		document.table(new float[] { 0.6f, 3.5f, 3, 1.8f }, new String[] { "STT", "Cá nhân, tập thể", "Danh hiệu",
				"Tiền thưởng (đồng)" }, rows);
		document.text("Điều 2. Tiền thưởng tính theo mức lương cơ sở " + money.format(decision.baseSalary())
				+ " đồng có hiệu lực tại ngày ký quyết định (Nghị định 98/2023/NĐ-CP, Điều 54).");
		document.text("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các cá nhân, tập thể có tên tại Điều 1 và cơ quan, "
				+ "đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.");
		document.text("Nơi nhận: Như Điều 3; Lưu: VT, hồ sơ thi đua – khen thưởng.");
		return document.signature(decision.signerTitle().toUpperCase(Locale.forLanguageTag("vi")), decision.signerName(),
				"").bytes();
	}

	/** The minutes of a counted session (biên bản họp): members, each proposal's count and result. */
	@Transactional(readOnly = true)
	public byte[] minutes(Viewer viewer, long sessionId) {
		Councils.SessionView view = councils.view(viewer, sessionId);
		if (view.session().open()) {
			throw new InvalidInputException("emulation.decision.sessionOpen");
		}
		Councils.Session session = view.session();
		OfficialDocument document = new OfficialDocument(fonts, session.councilName(), "Hà Nội", session.heldOn(),
				"BIÊN BẢN", "Họp xét thi đua, khen thưởng ngày " + VietnameseDates.format(session.heldOn()));
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
					String.valueOf(item.approvals()), String.valueOf(item.rejections()), String.valueOf(item.recusals()),
					"FAILED".equals(item.proposal().status()) ? "Không thông qua" : "Thông qua" });
		}
		document.table(new float[] { 0.6f, 3, 2.6f, 1.1f, 1.3f, 1.3f, 1.6f }, new String[] { "STT", "Cá nhân, tập thể",
				"Danh hiệu", "Đồng ý", "Không đồng ý", "Không bỏ phiếu", "Kết quả" }, rows);
		String chair = view.members().stream().filter(m -> "CHAIR".equals(m.role())).map(Councils.Member::fullName)
			.findFirst().orElse("");
		return document.signature("CHỦ TỊCH HỘI ĐỒNG", chair, "").bytes();
	}
}
